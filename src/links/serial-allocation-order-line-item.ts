import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SerialInventoryModule from "../modules/serial-inventory"

/**
 * An allocation points at its order line item (read-only: joins on the allocation's
 * own `line_item_id`), so `query.graph` reaches it from a unit's allocations.
 */
export default defineLink(
  {
    linkable: SerialInventoryModule.linkable.serialAllocation,
    field: "line_item_id",
  },
  OrderModule.linkable.orderLineItem,
  { readOnly: true }
)
