import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { cancelSerialInboundStep } from "../steps"

export const cancelSerialInboundWorkflowId = "cancel-serial-inbound"

/** Cancels an open manifest; nothing is received. Used by `POST /admin/serial-inbounds/:id/cancel`. */
export const cancelSerialInboundWorkflow = createWorkflow(
  cancelSerialInboundWorkflowId,
  (input: { id: string }) => {
    return new WorkflowResponse(cancelSerialInboundStep(input.id))
  }
)
