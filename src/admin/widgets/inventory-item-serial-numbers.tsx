import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type {
  AdminInventoryItem,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { InventoryItemSerials } from "../components/inventory-item/inventory-item-serials"

/** Inventory item page: the item's serials. */
const InventoryItemSerialNumbersWidget = ({
  data,
}: DetailWidgetProps<AdminInventoryItem>) => (
  <InventoryItemSerials inventoryItemId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "inventory_item.details.after",
})

export default InventoryItemSerialNumbersWidget
