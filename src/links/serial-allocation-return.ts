import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SerialInventoryModule from "../modules/serial-inventory"

/**
 * An allocation points at its return (read-only: joins on the allocation's
 * own `return_id`), so `query.graph` reaches it from a unit's allocations.
 */
export default defineLink(
  {
    linkable: SerialInventoryModule.linkable.serialAllocation,
    field: "return_id",
  },
  OrderModule.linkable.return,
  { readOnly: true }
)
