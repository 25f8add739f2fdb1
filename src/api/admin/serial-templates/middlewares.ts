import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate-request"
import {
  AdminCreateSerialTemplate,
  AdminGetSerialTemplatesParams,
  AdminUpdateSerialTemplate,
} from "./validators"

export const adminSerialTemplateMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/serial-templates",
    middlewares: [validateQuery(AdminGetSerialTemplatesParams)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-templates",
    middlewares: [validateBody(AdminCreateSerialTemplate)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-templates/:id",
    middlewares: [validateBody(AdminUpdateSerialTemplate)],
  },
]
