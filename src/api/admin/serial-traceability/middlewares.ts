import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate-request"
import { AdminGetSerialTraceabilityParams } from "./validators"

export const adminSerialTraceabilityMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/serial-traceability",
    middlewares: [validateQuery(AdminGetSerialTraceabilityParams)],
  },
]
