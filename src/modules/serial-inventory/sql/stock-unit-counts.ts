import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialStockUnitCount } from "../../../types/stock-drift"
import { STOCK_LEFT_STAGES } from "../utils/counts-as-stock"

/**
 * The SQL form of `countsAsStock` for a unit aliased `sn`; bind
 * `STOCK_LEFT_STAGES` to its one placeholder.
 */
export const COUNTS_AS_STOCK_SQL = `(sn.status = 'in_stock' OR (
  sn.status = 'reserved' AND NOT EXISTS (
    SELECT 1 FROM serial_allocation sa
    WHERE sa.serial_number_id = sn.id AND sa.deleted_at IS NULL
      AND sa.stage = ANY(?::text[]))))`

export interface StockUnitCountFilters {
  inventory_item_id?: string[]
  stock_location_id?: string[]
}

/** The `full` items among the filtered ones (all of them without a filter): one statement. */
export async function fullyTrackedItemIds(
  knex: Knex,
  filters: StockUnitCountFilters
): Promise<string[]> {
  const query = knex("serial_tracking_policy")
    .select("inventory_item_id")
    .where("mode", "full")
    .whereNull("deleted_at")
    .orderBy("inventory_item_id")
  if (filters.inventory_item_id) {
    query.whereIn("inventory_item_id", filters.inventory_item_id)
  }
  return (await query).map((r: any) => r.inventory_item_id)
}

/**
 * Units of `full` items that Medusa counts as stock, per item and location
 * (the rule of `countsAsStock`: `in_stock`, or `reserved` with no open
 * allocation past `allocated`). One statement; a place where units are but
 * none counts has a row with 0.
 */
export async function countStockUnits(
  knex: Knex,
  filters: StockUnitCountFilters
): Promise<SerialStockUnitCount[]> {
  const where: string[] = []
  const bindings: Knex.RawBinding[] = [STOCK_LEFT_STAGES]
  if (filters.inventory_item_id) {
    where.push("AND sn.inventory_item_id = ANY(?::text[])")
    bindings.push(filters.inventory_item_id)
  }
  if (filters.stock_location_id) {
    where.push("AND sn.stock_location_id = ANY(?::text[])")
    bindings.push(filters.stock_location_id)
  }
  const result = await knex.raw(
    `SELECT sn.inventory_item_id, sn.stock_location_id,
            count(*) FILTER (WHERE ${COUNTS_AS_STOCK_SQL})::int AS unit_count
     FROM serial_number sn
     JOIN serial_tracking_policy p
       ON p.inventory_item_id = sn.inventory_item_id
      AND p.mode = 'full' AND p.deleted_at IS NULL
     WHERE sn.deleted_at IS NULL AND sn.stock_location_id IS NOT NULL
       ${where.join(" ")}
     GROUP BY sn.inventory_item_id, sn.stock_location_id
     ORDER BY sn.inventory_item_id, sn.stock_location_id`,
    bindings
  )
  return result.rows
}
