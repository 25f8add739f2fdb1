import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type {
  SerialStockDriftFilters,
  SerialStockDriftRow,
} from "../../../types/stock-drift"
import { mergeStockDrift, StockLevelRow } from "./merge-stock-drift"
import { receivedReturnIds } from "./received-return-ids"

/**
 * The drift report: for the `full` items among the filtered ones, Medusa's
 * `stocked_quantity` per location against the units there Medusa counts as
 * stock, with the ids of the `full` items it looked at and of the received
 * returns whose `returned` units it counted. Five queries for
 * any number of items: the items and two unit counts (the plugin's
 * module), the returns' statuses (query) and the levels (Medusa's
 * inventory module).
 */
export async function serialStockDrift(
  container: MedusaContainer,
  filters: SerialStockDriftFilters
): Promise<{
  item_ids: string[]
  rows: SerialStockDriftRow[]
  received_return_ids: string[]
}> {
  const serials: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const { item_ids, counts, returned } = await serials.countSerialStockUnits({
    inventory_item_id: filters.inventory_item_id,
    stock_location_id: filters.stock_location_id,
  })
  if (!item_ids.length) {
    return { item_ids, rows: [], received_return_ids: [] }
  }
  // `returned` units count once Medusa has received their return.
  const received = await receivedReturnIds(
    container,
    returned.map((r) => r.return_id)
  )
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
    received_return_ids: [...received],
    rows: mergeStockDrift(
      levels as unknown as StockLevelRow[],
      [...counts, ...returned.filter((r) => received.has(r.return_id))],
      filters.all
    ),
  }
}
