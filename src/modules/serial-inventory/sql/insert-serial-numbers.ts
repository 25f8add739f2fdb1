import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ReceivedSerialNumberDTO } from "../../../types/serial-records"
import { asJson } from "./knex"
import {
  recordsetSignature,
  SERIAL_NUMBER_COLUMNS,
  SerialNumberColumn,
} from "./serial-number-columns"

const COLUMNS = Object.keys(SERIAL_NUMBER_COLUMNS) as SerialNumberColumn[]
const LIST = COLUMNS.map((c) => `"${c}"`).join(", ")

/** What an insert hands back: enough for events, workflows and responses. */
export const INSERTED_COLUMNS = [
  "id",
  "serial",
  "status",
  "inventory_item_id",
  "stock_location_id",
]

/**
 * Inserts any number of units in one statement; returns the `INSERTED_COLUMNS`
 * of those inserted. A row whose normalized serial a concurrent transaction
 * took meanwhile is skipped by the unique index (the caller compares counts
 * and reports them). The conflict clause names no index, so the statement
 * runs the same without it: the negative-control test drops the index and
 * shows that duplicates then get in.
 */
export async function insertSerialNumbers(
  knex: Knex,
  rows: Record<string, unknown>[]
): Promise<Omit<ReceivedSerialNumberDTO, "received_event_id">[]> {
  if (!rows.length) {
    return []
  }
  const result = await knex.raw(
    `INSERT INTO serial_number (${LIST}, created_at, updated_at)
     SELECT ${LIST}, now(), now()
     FROM jsonb_to_recordset(?::jsonb) AS r(${recordsetSignature(COLUMNS)})
     ON CONFLICT DO NOTHING
     RETURNING ${INSERTED_COLUMNS.join(", ")}`,
    [asJson(rows)]
  )
  return result.rows
}
