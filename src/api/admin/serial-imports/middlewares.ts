import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate-request"
import {
  AdminCreateSerialImportParams,
  AdminGetSerialImportParams,
} from "./validators"

export const adminSerialImportMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/serial-imports",
    // The route streams the CSV body into the File module itself.
    bodyParser: false,
    middlewares: [validateQuery(AdminCreateSerialImportParams)],
  },
  {
    method: ["GET"],
    matcher: "/admin/serial-imports/:id",
    middlewares: [validateQuery(AdminGetSerialImportParams)],
  },
]
