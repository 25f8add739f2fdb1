import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SerialAllocationStrategy } from "../../../types/tracking-policy"
import { CLOSED_ALLOCATION_STAGES } from "../../../types/serial-allocation-stage"
import { guardSkipped } from "../utils/test-switches"

export interface AllocationCandidateQuery {
  inventory_item_id: string
  stock_location_id: string
  limit: number
  strategy: SerialAllocationStrategy
  /** The template's grades, best first (for the `condition` strategy). */
  condition_grades?: string[] | null
}

/** ORDER BY per strategy; every one ends on `id` so the choice is deterministic. */
const ORDER: Record<string, string> = {
  fifo: "received_at ASC NULLS LAST, created_at ASC, id ASC",
  condition:
    "array_position(?::text[], condition_grade) ASC NULLS LAST, received_at ASC NULLS LAST, id ASC",
  location: "bin_code ASC NULLS LAST, received_at ASC NULLS LAST, id ASC",
}

/**
 * Picks and locks up to `limit` units a line can have: in stock at the
 * location, on no open allocation, in the strategy's order. `SKIP LOCKED`
 * lets concurrent checkouts of one hot item take different units instead
 * of queueing on the same rows. One statement.
 */
export async function lockAllocationCandidates(
  knex: Knex,
  q: AllocationCandidateQuery
): Promise<Record<string, any>[]> {
  const strategy = ORDER[q.strategy] ? q.strategy : "fifo"
  const lock = guardSkipped("skipRowLocks") ? "" : "FOR UPDATE SKIP LOCKED"
  const bindings: Knex.RawBinding[] = [
    q.inventory_item_id,
    q.stock_location_id,
    CLOSED_ALLOCATION_STAGES,
  ]
  if (strategy === "condition") {
    bindings.push(q.condition_grades ?? [])
  }
  bindings.push(q.limit)
  const result = await knex.raw(
    `SELECT * FROM serial_number sn
     WHERE sn.inventory_item_id = ? AND sn.stock_location_id = ?
       AND sn.status = 'in_stock' AND sn.deleted_at IS NULL
       AND NOT EXISTS (
         SELECT 1 FROM serial_allocation sa
         WHERE sa.serial_number_id = sn.id AND sa.stage <> ALL(?::text[])
           AND sa.deleted_at IS NULL)
     ORDER BY ${ORDER[strategy]}
     LIMIT ?
     ${lock}`,
    bindings
  )
  return result.rows
}
