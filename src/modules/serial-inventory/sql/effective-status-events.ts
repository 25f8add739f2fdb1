import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SerialEventType } from "../../../types/serial-event-type"
import { asJson } from "./knex"

export interface StatusEventRef {
  id: string
  type: string
  from_status: string | null
  to_status: string
  data: Record<string, any> | null
}

/**
 * Each unit's latest status change that still stands: `reverted` events and
 * the events they undid are skipped, so compensations that run in reverse
 * order (undo the sale, then the reservation) each find their own event.
 * One statement; only compensation uses it.
 */
export async function effectiveStatusEvents(
  knex: Knex,
  unitIds: string[]
): Promise<Map<string, StatusEventRef>> {
  const latest = new Map<string, StatusEventRef>()
  if (!unitIds.length) {
    return latest
  }
  const result = await knex.raw(
    `SELECT serial_number_id, id, type, from_status, to_status, data
     FROM serial_event
     WHERE serial_number_id IN (SELECT jsonb_array_elements_text(?::jsonb))
       AND to_status IS NOT NULL AND deleted_at IS NULL
     ORDER BY serial_number_id, created_at DESC, id DESC`,
    [asJson(unitIds)]
  )
  const undone = new Set<string>()
  for (const row of result.rows as (StatusEventRef & {
    serial_number_id: string
  })[]) {
    if (latest.has(row.serial_number_id) || undone.has(row.id)) {
      continue
    }
    if (row.type === SerialEventType.REVERTED) {
      undone.add(row.data?.reverted_event_id)
      continue
    }
    latest.set(row.serial_number_id, row)
  }
  return latest
}
