import type {
  SerialStockDriftRow,
  SerialStockUnitCount,
} from "../../../types/stock-drift"

/** An inventory level as Medusa's inventory module lists it. */
export interface StockLevelRow {
  inventory_item_id: string
  location_id: string
  stocked_quantity: unknown
}

const keyOf = (item: string, location: string) => `${item}\u0000${location}`

/**
 * One row per item and location that has a level or units (a missing level
 * reads as 0, no units as 0; counts of one place add up), sorted by item
 * then location; with `all`
 * false, only the rows where `stocked_quantity` and the unit count differ.
 */
export function mergeStockDrift(
  levels: StockLevelRow[],
  counts: SerialStockUnitCount[],
  all = false
): SerialStockDriftRow[] {
  const rows = new Map<string, SerialStockDriftRow>()
  const rowAt = (item: string, location: string) => {
    const key = keyOf(item, location)
    let row = rows.get(key)
    if (!row) {
      row = {
        inventory_item_id: item,
        stock_location_id: location,
        stocked_quantity: 0,
        has_level: false,
        unit_count: 0,
        difference: 0,
      }
      rows.set(key, row)
    }
    return row
  }
  for (const level of levels) {
    const row = rowAt(level.inventory_item_id, level.location_id)
    row.stocked_quantity = Number(level.stocked_quantity ?? 0)
    row.has_level = true
  }
  for (const count of counts) {
    rowAt(count.inventory_item_id, count.stock_location_id).unit_count +=
      count.unit_count
  }
  return [...rows.values()]
    .map((r) => ({ ...r, difference: r.stocked_quantity - r.unit_count }))
    .filter((r) => all || r.difference !== 0)
    .sort(
      (a, b) =>
        a.inventory_item_id.localeCompare(b.inventory_item_id) ||
        a.stock_location_id.localeCompare(b.stock_location_id)
    )
}
