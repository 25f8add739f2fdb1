import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { validateQuery } from "../../utils/validate-query"
import {
  AdminCreateSerialNumbers,
  AdminGetSerialNumbersParams,
  AdminLookupSerialNumberParams,
  AdminSerialNumberTransition,
  AdminUpdateSerialNumber,
} from "./validators"

const ACTIONS = [
  "reserve",
  "release",
  "sell",
  "return",
  "restock",
  "mark-defective",
]

export const adminSerialNumberMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/serial-numbers",
    middlewares: [validateQuery(AdminGetSerialNumbersParams)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-numbers",
    // 10,000 serials with attributes do not fit Medusa's default 100 kB body.
    bodyParser: { sizeLimit: "25mb" },
    middlewares: [validateBody(AdminCreateSerialNumbers)],
  },
  {
    method: ["GET"],
    matcher: "/admin/serial-numbers/lookup",
    middlewares: [validateQuery(AdminLookupSerialNumberParams)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-numbers/:id",
    middlewares: [validateBody(AdminUpdateSerialNumber)],
  },
  ...ACTIONS.map((action) => ({
    method: ["POST"] as "POST"[],
    matcher: `/admin/serial-numbers/:id/${action}`,
    middlewares: [validateBody(AdminSerialNumberTransition)],
  })),
]
