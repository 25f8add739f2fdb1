import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { asJson } from "./knex"

export interface StatusEventRef {
  id: string
  from_status: string | null
  to_status: string
}

/** Each unit's latest status-changing event (one statement). */
export async function latestStatusEvents(knex: Knex, unitIds: string[]): Promise<Map<string, StatusEventRef>> {
  if (!unitIds.length) {
    return new Map()
  }
  const result = await knex.raw(
    `SELECT DISTINCT ON (serial_number_id) serial_number_id, id, from_status, to_status
     FROM serial_event
     WHERE serial_number_id IN (SELECT jsonb_array_elements_text(?::jsonb))
       AND to_status IS NOT NULL
     ORDER BY serial_number_id, created_at DESC, id DESC`,
    [asJson(unitIds)]
  )
  return new Map(result.rows.map((r: StatusEventRef & { serial_number_id: string }) => [r.serial_number_id, r]))
}
