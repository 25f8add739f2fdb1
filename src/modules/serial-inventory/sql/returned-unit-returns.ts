import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { asJson } from "./knex"
import type { StockUnitCountFilters } from "./stock-unit-counts"

/**
 * The Medusa return a unit last came back on: the `return_id` of its latest
 * `returned` event (null when it was marked returned by hand), for a unit
 * aliased `sn`, as a lateral join giving `r.return_id`.
 */
export const LATEST_RETURN_SQL = `LEFT JOIN LATERAL (
  SELECT e.return_id FROM serial_event e
  WHERE e.serial_number_id = sn.id AND e.type = 'returned' AND e.deleted_at IS NULL
  ORDER BY e.created_at DESC, e.id DESC LIMIT 1) r ON true`

/** For these units, the Medusa return each last came back on (units without one are left out). One statement. */
export async function returnIdsOfUnits(
  knex: Knex,
  unitIds: string[]
): Promise<Map<string, string>> {
  if (!unitIds.length) {
    return new Map()
  }
  const result = await knex.raw(
    `SELECT sn.id, r.return_id FROM serial_number sn ${LATEST_RETURN_SQL}
     WHERE sn.id IN (SELECT jsonb_array_elements_text(?::jsonb))
       AND r.return_id IS NOT NULL`,
    [asJson(unitIds)]
  )
  return new Map(result.rows.map((r: any) => [r.id, r.return_id]))
}

export interface ReturnedStockUnitCount {
  inventory_item_id: string
  stock_location_id: string
  return_id: string
  unit_count: number
}

/**
 * `returned` units of `full` items per item, location and the Medusa return
 * they came back on (whether Medusa counted them back depends on that
 * return having been received). One statement.
 */
export async function countReturnedUnitsByReturn(
  knex: Knex,
  filters: StockUnitCountFilters
): Promise<ReturnedStockUnitCount[]> {
  const query = knex
    .select(
      "sn.inventory_item_id",
      "sn.stock_location_id",
      "r.return_id",
      knex.raw("count(*)::int AS unit_count")
    )
    .from(knex.raw(`serial_number sn ${LATEST_RETURN_SQL}`))
    .where("sn.status", "returned")
    .whereNull("sn.deleted_at")
    .whereNotNull("sn.stock_location_id")
    .whereNotNull("r.return_id")
    .groupBy("sn.inventory_item_id", "sn.stock_location_id", "r.return_id")
  if (filters.inventory_item_id) {
    query.whereIn("sn.inventory_item_id", filters.inventory_item_id)
  }
  if (filters.stock_location_id) {
    query.whereIn("sn.stock_location_id", filters.stock_location_id)
  }
  return await query
}

export interface ReturnedUnitReturnRow {
  id: string
  serial: string
  tracking_mode: string | null
  return_id: string
}

/**
 * Of these units, the `returned` ones that came back on a Medusa return,
 * with that return and their item's tracking mode. One statement.
 */
export async function returnedUnitsWithReturns(
  knex: Knex,
  unitIds: string[]
): Promise<ReturnedUnitReturnRow[]> {
  if (!unitIds.length) {
    return []
  }
  const result = await knex.raw(
    `SELECT sn.id, sn.serial, p.mode AS tracking_mode, r.return_id
     FROM serial_number sn ${LATEST_RETURN_SQL}
     LEFT JOIN serial_tracking_policy p
       ON p.inventory_item_id = sn.inventory_item_id AND p.deleted_at IS NULL
     WHERE sn.id IN (SELECT jsonb_array_elements_text(?::jsonb))
       AND sn.status = 'returned' AND sn.deleted_at IS NULL
       AND r.return_id IS NOT NULL
     ORDER BY sn.serial`,
    [asJson(unitIds)]
  )
  return result.rows
}
