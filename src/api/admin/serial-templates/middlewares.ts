import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate-query"
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
    middlewares: [validateAndTransformBody(AdminCreateSerialTemplate)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-templates/:id",
    middlewares: [validateAndTransformBody(AdminUpdateSerialTemplate)],
  },
]
