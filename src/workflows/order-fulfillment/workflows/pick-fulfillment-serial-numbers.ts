import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  orderFlowEventPayload,
  SerialNumberEvents,
} from "../../../types/events"
import { pickFulfillmentSerialNumbersStep } from "../steps"
import { PICK_FULFILLMENT_FIELDS, toPickInput } from "../utils"

export const pickFulfillmentSerialNumbersWorkflowId =
  "pick-fulfillment-serial-numbers"

export interface PickFulfillmentSerialNumbersInput {
  fulfillment_id: string
  /** Scanned serials per line item id; lines without use their allocated units. */
  serial_numbers?: Record<string, string[]> | null
  actor_id?: string | null
}

/**
 * Records which serialized units leave in a fulfillment: reads the
 * fulfillment's items and its order's lines, picks (all-or-nothing, 4xx
 * naming every bad serial or line), and emits `serial_number.picked` per
 * unit. Run by the `fulfillmentCreated` hook of Medusa's
 * `createOrderFulfillmentWorkflow`, with `additional_data.serial_numbers`.
 */
export const pickFulfillmentSerialNumbersWorkflow = createWorkflow(
  pickFulfillmentSerialNumbersWorkflowId,
  (input: PickFulfillmentSerialNumbersInput) => {
    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      fields: PICK_FULFILLMENT_FIELDS,
      filters: { id: input.fulfillment_id },
    }).config({ name: "get-fulfillment-for-serial-pick" })
    const pick = transform(
      { fulfillments, input },
      ({ fulfillments, input }) => ({
        ...toPickInput(fulfillments[0], input.serial_numbers),
        actor_id: input.actor_id ?? null,
      })
    )
    const result = pickFulfillmentSerialNumbersStep(pick)
    const units = transform({ result }, ({ result }) => result.units)
    const eventData = transform({ input, units }, ({ input, units }) =>
      orderFlowEventPayload(units, { fulfillment_id: input.fulfillment_id })
    )
    emitEventStep({ eventName: SerialNumberEvents.PICKED, data: eventData })
    return new WorkflowResponse(result)
  }
)
