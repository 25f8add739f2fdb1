import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialStockDriftResponse } from "../../../../types/http"
import { serialStockDrift } from "../../../../workflows/stock-levels"
import type { AdminGetSerialStockDriftParamsType } from "../validators"

/**
 * GET /admin/serial-inventory/stock-drift?inventory_item_id=&stock_location_id=&all=
 * For `full` items: where Medusa's `stocked_quantity` differs from the units
 * that count as stock (every item/location with `all=true`).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialStockDriftResponse>
) => {
  const filters = req.validatedQuery as AdminGetSerialStockDriftParamsType
  const { rows } = await serialStockDrift(req.scope, filters)
  res.json({ stock_drift: rows, count: rows.length })
}
