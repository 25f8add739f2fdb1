import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateReturnSerialVerificationStep } from "../steps"

export const checkReturnSerialVerificationWorkflowId =
  "check-return-serial-verification"

/**
 * Marks a received return `awaiting` serial verification when Medusa
 * received units of serialized lines without their serials being recorded
 * (returns received in Medusa's own screens), else `verified`. Run by the
 * `order.return_received` subscriber.
 */
export const checkReturnSerialVerificationWorkflow = createWorkflow(
  checkReturnSerialVerificationWorkflowId,
  (input: { return_id: string }) =>
    new WorkflowResponse(updateReturnSerialVerificationStep(input))
)
