import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialInboundConfirmResponse } from "../../../../../types/http"
import { confirmSerialInboundWorkflow } from "../../../../../workflows/serial-inbounds"
import { adminActor } from "../../../../utils/actor"
import { retrieveInbound } from "../../serial-inbound-response"

/**
 * Confirm a manifest: receive its scanned serials at its location (stock
 * rises by the same count). Refused with extra scans or nothing scanned;
 * missing expected serials stay missing on the record.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialInboundConfirmResponse>
) => {
  const { result } = await confirmSerialInboundWorkflow(req.scope).run({
    input: { id: req.params.id, actor: adminActor(req) },
  })
  res.json({
    serial_inbound: await retrieveInbound(req.scope, req.params.id),
    receipt: result,
  })
}
