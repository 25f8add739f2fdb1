import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { asJson } from "./knex"
import { recordsetSignature, SerialNumberColumn } from "./serial-number-columns"

/**
 * Writes `columns` of many units in one statement. With `expectStatus`, a
 * row is only written while its status still equals the given one (a guarded
 * conditional update); returns the number of rows written.
 */
export async function updateSerialNumberRows(
  knex: Knex,
  rows: Record<string, unknown>[],
  columns: SerialNumberColumn[],
  expectStatus = false
): Promise<number> {
  if (!rows.length) {
    return 0
  }
  const recordColumns: SerialNumberColumn[] = ["id", ...columns]
  const signature = recordsetSignature(recordColumns)
  const set = columns.map((c) => `"${c}" = r."${c}"`).join(", ")
  const guard = expectStatus ? "AND sn.status = r.expected_status" : ""
  const result = await knex.raw(
    `UPDATE serial_number sn SET ${set}, updated_at = now()
     FROM jsonb_to_recordset(?::jsonb) AS r(${signature}, expected_status text)
     WHERE sn.id = r.id AND sn.deleted_at IS NULL ${guard}`,
    [asJson(rows)]
  )
  return result.rowCount ?? 0
}
