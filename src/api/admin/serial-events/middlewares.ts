import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate-request"
import { AdminExportSerialEventsParams } from "./validators"

export const adminSerialEventMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/serial-events/export",
    middlewares: [validateQuery(AdminExportSerialEventsParams)],
  },
]
