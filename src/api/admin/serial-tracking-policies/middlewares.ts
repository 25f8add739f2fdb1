import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminSetSerialTrackingPolicy } from "./validators"

export const adminSerialTrackingPolicyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/serial-tracking-policies/:inventory_item_id",
    middlewares: [validateAndTransformBody(AdminSetSerialTrackingPolicy)],
  },
]
