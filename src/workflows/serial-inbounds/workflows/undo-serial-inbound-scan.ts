import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  undoSerialInboundScanStep,
  type UndoSerialInboundScanStepInput,
} from "../steps"

export const undoSerialInboundScanWorkflowId = "undo-serial-inbound-scan"

/**
 * Takes one scan back on an open manifest (a pre-entered serial is missing
 * again, an unexpected one is removed). Used by
 * `DELETE /admin/serial-inbounds/:id/scans/:scan_id`.
 */
export const undoSerialInboundScanWorkflow = createWorkflow(
  undoSerialInboundScanWorkflowId,
  (input: UndoSerialInboundScanStepInput) => {
    return new WorkflowResponse(undoSerialInboundScanStep(input))
  }
)
