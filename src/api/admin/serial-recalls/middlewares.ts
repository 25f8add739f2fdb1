import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate-request"
import {
  AdminCloseSerialRecall,
  AdminCreateSerialRecall,
  AdminGetSerialRecallCustomersParams,
  AdminGetSerialRecallsParams,
  AdminPreviewSerialRecall,
} from "./validators"

// An explicit list of up to 100,000 serials does not fit Medusa's default 100 kB body.
const bodyParser = { sizeLimit: "25mb" }

export const adminSerialRecallMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/serial-recalls",
    middlewares: [validateQuery(AdminGetSerialRecallsParams)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-recalls",
    bodyParser,
    middlewares: [validateBody(AdminCreateSerialRecall)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-recalls/preview",
    bodyParser,
    middlewares: [validateBody(AdminPreviewSerialRecall)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-recalls/:id/close",
    middlewares: [validateBody(AdminCloseSerialRecall)],
  },
  {
    method: ["GET"],
    matcher: "/admin/serial-recalls/:id/customers",
    middlewares: [validateQuery(AdminGetSerialRecallCustomersParams)],
  },
]
