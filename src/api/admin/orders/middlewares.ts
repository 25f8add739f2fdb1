import type { MiddlewareRoute } from "@medusajs/framework/http"
import { SerialNumbersByLine } from "../../../workflows/order-fulfillment/utils"

/**
 * Medusa's own fulfillment route takes the scanned serials per line as
 * `additional_data.serial_numbers` (validated here, picked by the
 * `fulfillmentCreated` hook).
 */
export const adminOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/fulfillments",
    additionalDataValidator: {
      serial_numbers: SerialNumbersByLine.optional(),
    },
  },
]
