import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { recordReturnedSerialNumbersWorkflow } from "../../../../../workflows/order-returns"
import { adminActor } from "../../../../utils/actor"
import type { AdminRecordReturnedSerialNumbersType } from "../../validators"

/**
 * Record which units came back on a return, each with an optional
 * disposition (`restock` or `defective`). All or nothing: a serial that
 * never shipped on the return's order, on a line the return does not
 * include, or beyond the return's quantity is refused with a 400 naming it.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordReturnedSerialNumbersType>,
  res: MedusaResponse
) => {
  const { result } = await recordReturnedSerialNumbersWorkflow(req.scope).run({
    input: {
      return_id: req.params.id,
      serials: req.validatedBody.serials,
      actor_id: adminActor(req).actor_id,
    },
  })
  res.json({
    return_id: req.params.id,
    serial_numbers: result.units,
    serial_verification: result.verification,
  })
}
