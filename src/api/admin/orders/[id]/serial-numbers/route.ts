import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminOrderSerialNumbersResponse } from "../../../../../types/http"
import { orderSerialNumbers } from "../../helpers/order-serial-numbers"

/**
 * GET /admin/orders/:id/serial-numbers: per line item, the units allocated,
 * picked, shipped and returned, and how many the line still lacks.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOrderSerialNumbersResponse>
) => {
  res.json(await orderSerialNumbers(req.scope, req.params.id))
}
