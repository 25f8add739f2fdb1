import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { newEntityId } from "../utils/entity-id"
import { asJson } from "./knex"

export interface SerialEventRow {
  serial_number_id: string
  type: string
  from_status?: string | null
  to_status?: string | null
  actor_type?: string | null
  actor_id?: string | null
  stock_location_id?: string | null
  note?: string | null
  data?: Record<string, unknown> | null
  references?: Record<string, unknown> | null
}

/** Appends any number of lifecycle events in one statement; returns their ids in order. */
export async function insertSerialEvents(
  knex: Knex,
  events: SerialEventRow[]
): Promise<string[]> {
  if (!events.length) {
    return []
  }
  const rows = events.map((e) => ({
    id: newEntityId("sev"),
    actor_type: "system",
    ...e,
  }))
  await knex.raw(
    `INSERT INTO serial_event (id, serial_number_id, type, from_status, to_status,
       actor_type, actor_id, stock_location_id, note, data, "references",
       created_at, updated_at)
     SELECT id, serial_number_id, type, from_status, to_status,
       coalesce(actor_type, 'system'), actor_id, stock_location_id, note, data,
       "references", clock_timestamp(), clock_timestamp()
     FROM jsonb_to_recordset(?::jsonb) AS r(id text, serial_number_id text,
       type text, from_status text, to_status text, actor_type text,
       actor_id text, stock_location_id text, note text, data jsonb,
       "references" jsonb)`,
    [asJson(rows)]
  )
  return rows.map((r) => r.id)
}
