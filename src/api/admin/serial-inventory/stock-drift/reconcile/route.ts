import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialStockReconcileResponse } from "../../../../../types/http"
import { reconcileSerialStockWorkflow } from "../../../../../workflows/stock-levels"
import { adminActor } from "../../../../utils/actor"
import type { AdminReconcileSerialStockType } from "../../validators"

/**
 * POST /admin/serial-inventory/stock-drift/reconcile, body
 * { inventory_item_id, stock_location_id?, note? }: sets Medusa's
 * `stocked_quantity` of a `full` item to its units (at one location or all).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReconcileSerialStockType>,
  res: MedusaResponse<AdminSerialStockReconcileResponse>
) => {
  const body = req.validatedBody
  const { result } = await reconcileSerialStockWorkflow(req.scope).run({
    input: {
      inventory_item_id: body.inventory_item_id,
      stock_location_id: body.stock_location_id ?? null,
      ...adminActor(req, body.note),
    },
  })
  res.json({ reconciled: result })
}
