import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { unpickFulfillmentSerialNumbersStep } from "../steps"

export const unpickFulfillmentSerialNumbersWorkflowId =
  "unpick-fulfillment-serial-numbers"

/**
 * A fulfillment was canceled before shipping: its units go back to stage
 * `allocated` on their lines, still reserved for the order. Run by the
 * `orderFulfillmentCanceled` hook of Medusa's `cancelOrderFulfillmentWorkflow`.
 */
export const unpickFulfillmentSerialNumbersWorkflow = createWorkflow(
  unpickFulfillmentSerialNumbersWorkflowId,
  (input: { fulfillment_id: string }) =>
    new WorkflowResponse(unpickFulfillmentSerialNumbersStep(input))
)
