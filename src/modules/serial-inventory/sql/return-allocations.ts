import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CLOSED_ALLOCATION_STAGES } from "../../../types/serial-allocation-stage"
import { asJson } from "./knex"

/**
 * For each unit, the allocation a return is checked against: its open one,
 * else the one a return closed (so "already recorded" can be told apart
 * from "never shipped"). One statement.
 */
export async function returnAllocationsOf(
  knex: Knex,
  serialNumberIds: string[]
): Promise<Record<string, any>[]> {
  if (!serialNumberIds.length) {
    return []
  }
  const result = await knex.raw(
    `SELECT DISTINCT ON (serial_number_id) *
     FROM serial_allocation
     WHERE serial_number_id IN (SELECT jsonb_array_elements_text(?::jsonb))
       AND deleted_at IS NULL
       AND (stage <> ALL(?::text[]) OR return_id IS NOT NULL)
     ORDER BY serial_number_id, (stage = ANY(?::text[])), returned_at DESC NULLS LAST, id DESC`,
    [
      asJson(serialNumberIds),
      CLOSED_ALLOCATION_STAGES,
      CLOSED_ALLOCATION_STAGES,
    ]
  )
  return result.rows
}

/** How many units each line has already returned on a return. */
export async function countReturnedPerLine(
  knex: Knex,
  returnId: string
): Promise<Map<string, number>> {
  const result = await knex.raw(
    `SELECT line_item_id, count(*)::int AS n FROM serial_allocation
     WHERE return_id = ? AND stage = 'returned' AND deleted_at IS NULL
     GROUP BY line_item_id`,
    [returnId]
  )
  return new Map(result.rows.map((r: any) => [r.line_item_id, r.n]))
}
