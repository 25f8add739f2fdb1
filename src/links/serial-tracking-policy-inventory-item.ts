import { defineLink } from "@medusajs/framework/utils"
import InventoryModule from "@medusajs/medusa/inventory"
import SerialInventoryModule from "../modules/serial-inventory"

/** Each inventory item has at most one tracking policy (read-only, on `inventory_item_id`). */
export default defineLink(
  {
    linkable: SerialInventoryModule.linkable.serialTrackingPolicy,
    field: "inventory_item_id",
  },
  InventoryModule.linkable.inventoryItem,
  { readOnly: true }
)
