import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { ScanSerialInboundInput } from "../../../types/serial-inbound"
import { scanSerialInboundStep } from "../steps"

export const scanSerialInboundWorkflowId = "scan-serial-inbound"

/**
 * Records a batch of scans against an open manifest and returns each scan's
 * outcome (matched, extra, duplicate_scan, wrong_item, in_stock_elsewhere,
 * invalid). Used by `POST /admin/serial-inbounds/:id/scans`.
 */
export const scanSerialInboundWorkflow = createWorkflow(
  scanSerialInboundWorkflowId,
  (input: ScanSerialInboundInput) => {
    return new WorkflowResponse(scanSerialInboundStep(input))
  }
)
