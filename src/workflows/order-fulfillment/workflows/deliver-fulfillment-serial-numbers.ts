import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  orderFlowEventPayload,
  SerialNumberEvents,
} from "../../../types/events"
import { deliverFulfillmentSerialNumbersStep } from "../steps"

export const deliverFulfillmentSerialNumbersWorkflowId =
  "deliver-fulfillment-serial-numbers"

/**
 * A fulfillment was delivered: `delivered` events and stage, and
 * `serial_number.delivered` per unit. Run by the `delivery.created`
 * subscriber; running it again delivers nothing more.
 */
export const deliverFulfillmentSerialNumbersWorkflow = createWorkflow(
  deliverFulfillmentSerialNumbersWorkflowId,
  (input: { fulfillment_id: string }) => {
    const units = deliverFulfillmentSerialNumbersStep(input)
    const eventData = transform({ input, units }, ({ input, units }) =>
      orderFlowEventPayload(units, { fulfillment_id: input.fulfillment_id })
    )
    emitEventStep({ eventName: SerialNumberEvents.DELIVERED, data: eventData })
    return new WorkflowResponse(units)
  }
)
