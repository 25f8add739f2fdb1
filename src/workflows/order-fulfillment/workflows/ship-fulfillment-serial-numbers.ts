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
import { shipFulfillmentSerialNumbersStep } from "../steps"

export const shipFulfillmentSerialNumbersWorkflowId =
  "ship-fulfillment-serial-numbers"

/**
 * A fulfillment shipped: its picked units become `sold` (stage `shipped`,
 * a fresh warranty from the ship date) and `serial_number.shipped` is
 * emitted per unit. Run by the `shipmentCreated` hook of Medusa's
 * `createOrderShipmentWorkflow`.
 */
export const shipFulfillmentSerialNumbersWorkflow = createWorkflow(
  shipFulfillmentSerialNumbersWorkflowId,
  (input: { fulfillment_id: string; shipped_at?: Date | string | null }) => {
    const result = shipFulfillmentSerialNumbersStep(input)
    const units = transform({ result }, ({ result }) => result.units)
    const eventData = transform({ input, units }, ({ input, units }) =>
      orderFlowEventPayload(units, { fulfillment_id: input.fulfillment_id })
    )
    emitEventStep({ eventName: SerialNumberEvents.SHIPPED, data: eventData })
    return new WorkflowResponse(result)
  }
)
