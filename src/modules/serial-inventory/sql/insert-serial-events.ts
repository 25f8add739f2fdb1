import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { newEntityId } from "../utils/entity-id"
import { asJson } from "./knex"

/**
 * Columns of `serial_event` the insert writes, with their SQL types, in one
 * place (a unit test keeps them in step with the model snapshot).
 */
export const SERIAL_EVENT_COLUMNS = {
  id: "text",
  serial_number_id: "text",
  type: "text",
  from_status: "text",
  to_status: "text",
  actor_type: "text",
  actor_id: "text",
  stock_location_id: "text",
  note: "text",
  data: "jsonb",
  references: "jsonb",
  order_id: "text",
  line_item_id: "text",
  fulfillment_id: "text",
  return_id: "text",
} as const

const NAMES = Object.keys(
  SERIAL_EVENT_COLUMNS
) as (keyof typeof SERIAL_EVENT_COLUMNS)[]
const LIST = NAMES.map((c) => `"${c}"`).join(", ")
const SIGNATURE = NAMES.map((c) => `"${c}" ${SERIAL_EVENT_COLUMNS[c]}`).join(
  ", "
)

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
  order_id?: string | null
  line_item_id?: string | null
  fulfillment_id?: string | null
  return_id?: string | null
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
    ...e,
    actor_type: e.actor_type ?? "system",
  }))
  await knex.raw(
    `INSERT INTO serial_event (${LIST}, created_at, updated_at)
     SELECT ${LIST}, clock_timestamp(), clock_timestamp()
     FROM jsonb_to_recordset(?::jsonb) AS r(${SIGNATURE})`,
    [asJson(rows)]
  )
  return rows.map((r) => r.id)
}
