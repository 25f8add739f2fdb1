import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimitWarranty } from "./helpers/rate-limit-warranty"

export const storeSerialNumberMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/serial-numbers/:serial/warranty",
    methods: ["GET"],
    middlewares: [rateLimitWarranty],
  },
]
