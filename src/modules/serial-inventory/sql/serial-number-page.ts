import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialNumberDTO } from "../../../types/serial-records"
import {
  applySerialNumberFilters,
  SerialNumberFilters,
} from "./serial-number-filters"

/** Where the previous page ended: its last unit's normalized serial and id. */
export interface SerialNumberPageCursor {
  normalized_serial: string
  id: string
}

/**
 * One page of the units the filters match, ordered by normalized serial
 * (then id), starting after `after`: keyset paging, so page 100 costs what
 * page 1 does (one statement, on the unique serial index).
 */
export async function serialNumberPage(
  knex: Knex,
  filters: SerialNumberFilters,
  after: SerialNumberPageCursor | null,
  limit: number
): Promise<SerialNumberDTO[]> {
  const query = applySerialNumberFilters(
    knex("serial_number").select("serial_number.*"),
    filters
  )
  if (after) {
    query.whereRaw(
      "(serial_number.normalized_serial, serial_number.id) > (?, ?)",
      [after.normalized_serial, after.id]
    )
  }
  return await query
    .orderBy([
      { column: "serial_number.normalized_serial", order: "asc" },
      { column: "serial_number.id", order: "asc" },
    ])
    .limit(limit)
}
