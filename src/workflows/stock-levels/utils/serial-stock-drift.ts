import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type {
  SerialStockDriftFilters,
  SerialStockDriftRow,
} from "../../../types/stock-drift"
import { mergeStockDrift, StockLevelRow } from "./merge-stock-drift"

/**
 * The drift report: for the `full` items among the filtered ones, Medusa's
 * `stocked_quantity` per location against the units there Medusa counts as
 * stock, with the ids of the `full` items it looked at. Three queries for
 * any number of items: the items, the unit counts (the plugin's module) and
 * the levels (Medusa's inventory module).
 */
export async function serialStockDrift(
  container: MedusaContainer,
  filters: SerialStockDriftFilters
): Promise<{ item_ids: string[]; rows: SerialStockDriftRow[] }> {
  const serials: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const { item_ids, counts } = await serials.countSerialStockUnits({
    inventory_item_id: filters.inventory_item_id,
    stock_location_id: filters.stock_location_id,
  })
  if (!item_ids.length) {
    return { item_ids, rows: [] }
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels(
    {
      inventory_item_id: item_ids,
      ...(filters.stock_location_id
        ? { location_id: filters.stock_location_id }
        : {}),
    },
    { select: ["inventory_item_id", "location_id", "stocked_quantity"] }
  )
  return {
    item_ids,
    rows: mergeStockDrift(
      levels as unknown as StockLevelRow[],
      counts,
      filters.all
    ),
  }
}
