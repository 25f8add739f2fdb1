import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { ScanSerialInboundInput } from "../../../types/serial-inbound"
import { loadInboundItemGtinsStep, scanSerialInboundStep } from "../steps"

export const scanSerialInboundWorkflowId = "scan-serial-inbound"

/**
 * Records a batch of scans against an open manifest and returns each scan's
 * outcome (matched, extra, duplicate_scan, wrong_item, in_stock_elsewhere,
 * invalid); GS1 scans are checked against the items' GTINs. Used by
 * `POST /admin/serial-inbounds/:id/scans`.
 */
export const scanSerialInboundWorkflow = createWorkflow(
  scanSerialInboundWorkflowId,
  (input: Omit<ScanSerialInboundInput, "item_gtins">) => {
    const gtins = loadInboundItemGtinsStep(input.inbound_id)
    const scanInput = transform({ input, gtins }, ({ input, gtins }) => ({
      ...input,
      item_gtins: gtins,
    }))
    return new WorkflowResponse(scanSerialInboundStep(scanInput))
  }
)
