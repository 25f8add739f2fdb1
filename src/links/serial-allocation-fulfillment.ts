import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import SerialInventoryModule from "../modules/serial-inventory"

/**
 * An allocation points at its fulfillment (read-only: joins on the allocation's
 * own `fulfillment_id`), so `query.graph` reaches it from a unit's allocations.
 */
export default defineLink(
  {
    linkable: SerialInventoryModule.linkable.serialAllocation,
    field: "fulfillment_id",
  },
  FulfillmentModule.linkable.fulfillment,
  { readOnly: true }
)
