import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-request"
import { AdminSetSerialTrackingPolicy } from "./validators"

export const adminSerialTrackingPolicyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/serial-tracking-policies/:inventory_item_id",
    middlewares: [validateBody(AdminSetSerialTrackingPolicy)],
  },
]
