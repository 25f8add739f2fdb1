import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-request"
import { AdminCheckSerialReceipt, AdminCreateSerialReceipt } from "./validators"

export const adminSerialReceiptMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/serial-receipts",
    // 100,000 scanned serials do not fit Medusa's default 100 kB body.
    bodyParser: { sizeLimit: "25mb" },
    middlewares: [validateBody(AdminCreateSerialReceipt)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-receipts/check",
    bodyParser: { sizeLimit: "25mb" },
    middlewares: [validateBody(AdminCheckSerialReceipt)],
  },
]
