import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialInboundScanResponse } from "../../../../../types/http"
import { scanSerialInboundWorkflow } from "../../../../../workflows/serial-inbounds"
import { inboundLines } from "../../serial-inbound-response"
import type { AdminScanSerialInboundType } from "../../validators"

/**
 * Scan a batch against an open manifest. Every scan gets an outcome (a bad
 * scan is an outcome, not an error); the lines' counts come back updated.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminScanSerialInboundType>,
  res: MedusaResponse<AdminSerialInboundScanResponse>
) => {
  const { result } = await scanSerialInboundWorkflow(req.scope).run({
    input: { inbound_id: req.params.id, ...req.validatedBody },
  })
  const lines = await inboundLines(req.scope, [req.params.id])
  res.json({ results: result, lines: lines.get(req.params.id)! })
}
