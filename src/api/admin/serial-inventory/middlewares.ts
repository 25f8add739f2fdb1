import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate-request"
import {
  AdminGetSerialStockDriftParams,
  AdminReconcileSerialStock,
} from "./validators"

export const adminSerialInventoryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/serial-inventory/stock-drift",
    middlewares: [validateQuery(AdminGetSerialStockDriftParams)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-inventory/stock-drift/reconcile",
    middlewares: [validateBody(AdminReconcileSerialStock)],
  },
]
