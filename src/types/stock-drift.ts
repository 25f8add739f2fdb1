/**
 * Stock levels in step (`full` tracking): Medusa's `stocked_quantity` of an
 * inventory item at a location against the units there that Medusa counts as
 * stock.
 */

/** An inventory item at a stock location where level and units differ (or any, with `all`). */
export interface SerialStockDriftRow {
  inventory_item_id: string
  stock_location_id: string
  /** Medusa's `stocked_quantity` there (0 when the item has no level there). */
  stocked_quantity: number
  /** Whether Medusa has an inventory level for the item there. */
  has_level: boolean
  /** Units there Medusa counts as stock: `in_stock`, or `reserved` and not yet picked. */
  unit_count: number
  /** `stocked_quantity - unit_count`: positive when Medusa counts stock no unit stands for. */
  difference: number
}

/** Filters of the drift report. */
export interface SerialStockDriftFilters {
  inventory_item_id?: string[]
  stock_location_id?: string[]
  /** List every `full` item/location, not only those that differ. */
  all?: boolean
}

/** A `full` item's units that count as stock at one location. */
export interface SerialStockUnitCount {
  inventory_item_id: string
  stock_location_id: string
  unit_count: number
}

/** One item/location a reconcile set, as `serial_inventory.stock_reconciled` carries it. */
export interface SerialStockReconciledPayload {
  inventory_item_id: string
  stock_location_id: string
  /** `stocked_quantity` before (0 when the level did not exist). */
  before: number
  /** `stocked_quantity` after: the unit count. */
  after: number
  actor_id: string | null
}
