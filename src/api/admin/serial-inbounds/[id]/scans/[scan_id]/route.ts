import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialInboundScanDeleteResponse } from "../../../../../../types/http"
import { undoSerialInboundScanWorkflow } from "../../../../../../workflows/serial-inbounds"
import { inboundLines } from "../../../serial-inbound-response"

/** Undo one scan (its `scan_id` from the scan results) on an open manifest. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialInboundScanDeleteResponse>
) => {
  const { id, scan_id } = req.params
  await undoSerialInboundScanWorkflow(req.scope).run({
    input: { inbound_id: id, scan_id },
  })
  const lines = await inboundLines(req.scope, [id])
  res.json({
    id: scan_id,
    object: "serial_inbound_scan",
    deleted: true,
    lines: lines.get(id)!,
  })
}
