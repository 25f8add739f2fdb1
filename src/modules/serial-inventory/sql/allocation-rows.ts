import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { asJson } from "./knex"

/** Columns of `serial_allocation` that the order flow moves, with their SQL types. */
const MOVABLE = {
  stage: "text",
  fulfillment_id: "text",
  return_id: "text",
  picked_at: "timestamptz",
  shipped_at: "timestamptz",
  delivered_at: "timestamptz",
  returned_at: "timestamptz",
  released_at: "timestamptz",
} as const

export type AllocationColumn = keyof typeof MOVABLE

/** Locks and reads allocations matching `where` (column = value or IN list), in id order. */
export async function lockAllocationsWhere(
  knex: Knex,
  where: Partial<
    Record<
      "fulfillment_id" | "return_id" | "order_id" | "line_item_id" | "stage",
      string | string[]
    >
  >
): Promise<Record<string, any>[]> {
  const clauses: string[] = ["deleted_at IS NULL"]
  const bindings: string[] = []
  for (const [column, value] of Object.entries(where)) {
    if (Array.isArray(value)) {
      clauses.push(
        `"${column}" IN (SELECT jsonb_array_elements_text(?::jsonb))`
      )
      bindings.push(asJson(value))
    } else {
      clauses.push(`"${column}" = ?`)
      bindings.push(String(value))
    }
  }
  const result = await knex.raw(
    `SELECT * FROM serial_allocation WHERE ${clauses.join(" AND ")}
     ORDER BY allocated_at, id FOR UPDATE`,
    bindings
  )
  return result.rows
}

/**
 * Writes `columns` of many allocations in one statement, each only while its
 * stage is still `expected_stage`; returns the rows written.
 */
export async function updateAllocationRows(
  knex: Knex,
  rows: (Record<string, unknown> & { id: string; expected_stage: string })[],
  columns: AllocationColumn[]
): Promise<Record<string, any>[]> {
  if (!rows.length) {
    return []
  }
  const signature = [
    "id text",
    "expected_stage text",
    ...columns.map((c) => `"${c}" ${MOVABLE[c]}`),
  ].join(", ")
  const set = columns.map((c) => `"${c}" = r."${c}"`).join(", ")
  const result = await knex.raw(
    `UPDATE serial_allocation a SET ${set}, updated_at = now()
     FROM jsonb_to_recordset(?::jsonb) AS r(${signature})
     WHERE a.id = r.id AND a.stage = r.expected_stage AND a.deleted_at IS NULL
     RETURNING a.*`,
    [asJson(rows)]
  )
  return result.rows
}

/** Every movable column, for snapshots that restore an allocation as it was. */
export const ALLOCATION_MOVABLE_COLUMNS = Object.keys(
  MOVABLE
) as AllocationColumn[]

/**
 * Deletes allocations a rolled-back step created, each only while it is
 * still at the stage that step left it in; returns how many went.
 */
export async function deleteCreatedAllocations(
  knex: Knex,
  ids: string[],
  stage: string
): Promise<number> {
  if (!ids.length) {
    return 0
  }
  const result = await knex.raw(
    `DELETE FROM serial_allocation
     WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)) AND stage = ?`,
    [asJson(ids), stage]
  )
  return result.rowCount ?? 0
}
