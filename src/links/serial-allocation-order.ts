import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SerialInventoryModule from "../modules/serial-inventory"

/**
 * An allocation points at its order (read-only: joins on the allocation's
 * own `order_id`), so `query.graph` reaches it from a unit's allocations.
 */
export default defineLink(
  {
    linkable: SerialInventoryModule.linkable.serialAllocation,
    field: "order_id",
  },
  OrderModule.linkable.order,
  { readOnly: true }
)
