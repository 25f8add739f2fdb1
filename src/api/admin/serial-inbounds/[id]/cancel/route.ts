import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialInboundResponse } from "../../../../../types/http"
import { cancelSerialInboundWorkflow } from "../../../../../workflows/serial-inbounds"
import { retrieveInbound } from "../../serial-inbound-response"

/** Cancel an open manifest: nothing is received, nothing on it changes after. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialInboundResponse>
) => {
  await cancelSerialInboundWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ serial_inbound: await retrieveInbound(req.scope, req.params.id) })
}
