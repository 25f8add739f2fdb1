import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate-request"
import { StoreGetCustomerSerialNumbersParams } from "./validators"

export const storeCustomerSerialNumberMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/customers/me/serial-numbers",
    middlewares: [
      // Medusa's own `/store/customers/me*` rule already asks for a logged-in
      // customer; said again here so the route never depends on core's matcher.
      authenticate("customer", ["session", "bearer"]),
      validateQuery(StoreGetCustomerSerialNumbersParams),
    ],
  },
]
