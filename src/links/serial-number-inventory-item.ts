import { defineLink } from "@medusajs/framework/utils"
import InventoryModule from "@medusajs/medusa/inventory"
import SerialInventoryModule from "../modules/serial-inventory"

/**
 * A unit belongs to one inventory item (read-only: joins on the unit's own
 * `inventory_item_id`). Through the item's variants, `query.graph` reaches
 * the variant and product: `inventory_item.variants.product.title`.
 */
export default defineLink(
  {
    linkable: SerialInventoryModule.linkable.serialNumber,
    field: "inventory_item_id",
  },
  InventoryModule.linkable.inventoryItem,
  { readOnly: true }
)
