import {
  unlessPath,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { refuseUnknownFields } from "../../utils/refuse-unknown-fields"
import {
  validateBody,
  validateQuery,
  withRequestCode,
} from "../../utils/validate-request"
import {
  listAdminSerialNumberQueryConfig,
  retrieveAdminSerialNumberQueryConfig,
} from "./query-config"
import {
  AdminCreateSerialNumbers,
  AdminCreateSerialPhotos,
  AdminExportSerialNumbersParams,
  AdminGetSerialNumberParams,
  AdminGetSerialNumbersParams,
  AdminGetSerialPhotosParams,
  AdminGetSerialTraceParams,
  AdminLookupSerialNumberParams,
  AdminSerialNumberTransition,
  AdminUpdateSerialNumber,
} from "./validators"

// Express runs every matching middleware before the route, so `/:id` would
// also validate `/lookup` and `/export` (with the wrong schema): Medusa's
// `unlessPath` skips them.
const LOOKUP = /^\/admin\/serial-numbers\/(lookup|export)\/?$/

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
    middlewares: [
      refuseUnknownFields(listAdminSerialNumberQueryConfig),
      withRequestCode(
        validateAndTransformQuery(
          AdminGetSerialNumbersParams,
          listAdminSerialNumberQueryConfig
        )
      ),
    ],
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
    matcher: "/admin/serial-numbers/export",
    middlewares: [validateQuery(AdminExportSerialNumbersParams)],
  },
  {
    method: ["GET"],
    matcher: "/admin/serial-numbers/lookup",
    middlewares: [
      refuseUnknownFields(retrieveAdminSerialNumberQueryConfig),
      withRequestCode(
        validateAndTransformQuery(
          AdminLookupSerialNumberParams,
          retrieveAdminSerialNumberQueryConfig
        )
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/serial-numbers/:id",
    middlewares: [
      unlessPath(
        LOOKUP,
        refuseUnknownFields(retrieveAdminSerialNumberQueryConfig)
      ),
      unlessPath(
        LOOKUP,
        withRequestCode(
          validateAndTransformQuery(
            AdminGetSerialNumberParams,
            retrieveAdminSerialNumberQueryConfig
          )
        )
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-numbers/:id",
    middlewares: [validateBody(AdminUpdateSerialNumber)],
  },
  {
    method: ["GET"],
    matcher: "/admin/serial-numbers/:id/trace",
    middlewares: [validateQuery(AdminGetSerialTraceParams)],
  },
  {
    method: ["GET"],
    matcher: "/admin/serial-numbers/:id/photos",
    middlewares: [validateQuery(AdminGetSerialPhotosParams)],
  },
  {
    method: ["POST"],
    matcher: "/admin/serial-numbers/:id/photos",
    middlewares: [validateBody(AdminCreateSerialPhotos)],
  },
  ...ACTIONS.map((action) => ({
    method: ["POST"] as "POST"[],
    matcher: `/admin/serial-numbers/:id/${action}`,
    middlewares: [validateBody(AdminSerialNumberTransition)],
  })),
]
