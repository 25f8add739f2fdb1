import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate-request"
import {
  AdminCreateSerialInbound,
  AdminGetSerialInboundSerialsParams,
  AdminGetSerialInboundsParams,
  AdminScanSerialInbound,
} from "./validators"

export const adminSerialInboundMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/serial-inbounds",
    middlewares: [validateQuery(AdminGetSerialInboundsParams)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-inbounds",
    // An ASN of 100,000 serials does not fit Medusa's default 100 kB body.
    bodyParser: { sizeLimit: "25mb" },
    middlewares: [validateBody(AdminCreateSerialInbound)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-inbounds/:id/scans",
    bodyParser: { sizeLimit: "25mb" },
    middlewares: [validateBody(AdminScanSerialInbound)],
  },
  {
    method: ["GET"],
    matcher: "/admin/serial-inbounds/:id/serials",
    middlewares: [validateQuery(AdminGetSerialInboundSerialsParams)],
  },
]
