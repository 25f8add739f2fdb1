import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialInboundResponse } from "../../../../types/http"
import { retrieveInbound } from "../serial-inbound-response"

/** A manifest with its lines and their live counts. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialInboundResponse>
) => {
  res.json({ serial_inbound: await retrieveInbound(req.scope, req.params.id) })
}
