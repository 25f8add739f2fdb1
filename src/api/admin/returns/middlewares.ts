import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-request"
import { AdminRecordReturnedSerialNumbers } from "./validators"

export const adminReturnMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/returns/:id/serial-numbers",
    middlewares: [validateBody(AdminRecordReturnedSerialNumbers)],
  },
]
