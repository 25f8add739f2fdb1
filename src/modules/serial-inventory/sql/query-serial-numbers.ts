import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialNumberDTO } from "../../../types/serial-records"
import { SERIAL_NUMBER_STATUSES } from "../../../types/serial-number-status"
import { normalizeSerial } from "../utils/normalize-serial"
import {
  applySerialNumberFilters,
  SerialNumberFilters,
} from "./serial-number-filters"

/** Units per status for the filters, ignoring their status filter (one statement). */
export async function countSerialNumbersPerStatus(
  knex: Knex,
  filters: SerialNumberFilters
): Promise<Record<string, number>> {
  const rows = await applySerialNumberFilters(knex("serial_number"), filters, {
    ignoreStatus: true,
  })
    .select("status")
    .count("* as count")
    .groupBy("status")
  const counts = Object.fromEntries(SERIAL_NUMBER_STATUSES.map((s) => [s, 0]))
  for (const row of rows as { status: string; count: string }[]) {
    counts[row.status] = Number(row.count)
  }
  return counts
}

/** The live unit with this serial, compared normalized (one statement). */
export async function findBySerial(
  knex: Knex,
  serial: string
): Promise<SerialNumberDTO | null> {
  const row = await knex("serial_number")
    .where({ normalized_serial: normalizeSerial(serial) })
    .whereNull("deleted_at")
    .first()
  return row ?? null
}
