import {
  adjustInventoryLevelsStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { ReturnPlanSerial } from "../../../modules/serial-inventory/utils"
import {
  orderFlowEventPayload,
  SerialNumberEvents,
} from "../../../types/events"
import {
  recordReturnedSerialNumbersStep,
  resolveReturnedSerialScansStep,
  updateReturnSerialVerificationStep,
} from "../steps"

export const recordReturnedSerialNumbersWorkflowId =
  "record-returned-serial-numbers"

export interface RecordReturnedSerialNumbersInput {
  return_id: string
  serials: ReturnPlanSerial[]
  actor_id?: string | null
}

/**
 * Records which units came back on a Medusa return (serials typed or
 * scanned: GS1 element strings and Digital Links are read, their GTIN
 * checked against the unit's item): each must have shipped
 * on the return's order, on a line the return includes, no more per line
 * than it takes; each becomes `returned`, then `restock` puts it `in_stock`
 * at the return's location (Medusa already counted it back on receipt) and
 * `defective` marks it so and takes one unit per unit out of
 * `stocked_quantity` there through Medusa's `adjustInventoryLevelsStep`.
 * Updates the return's serial verification and emits
 * `serial_number.returned` per unit. Every step compensates.
 */
export const recordReturnedSerialNumbersWorkflow = createWorkflow(
  recordReturnedSerialNumbersWorkflowId,
  (input: RecordReturnedSerialNumbersInput) => {
    const { data: returns } = useQueryGraphStep({
      entity: "return",
      fields: [
        "id",
        "order_id",
        "location_id",
        "status",
        "items.item_id",
        "items.quantity",
        "items.received_quantity",
      ],
      filters: { id: input.return_id },
    }).config({ name: "get-return-for-serials" })
    const serials = resolveReturnedSerialScansStep(input.serials)
    const stepInput = transform(
      { returns, input, serials },
      ({ returns, input, serials }) => ({
        ...input,
        serials,
        orderReturn: returns[0],
      })
    )
    const recorded = recordReturnedSerialNumbersStep(stepInput)
    const adjustments = transform({ recorded }, ({ recorded }) =>
      recorded.defective.map((d) => ({
        inventory_item_id: d.inventory_item_id,
        location_id: d.location_id,
        adjustment: -d.quantity,
      }))
    )
    adjustInventoryLevelsStep(adjustments)
    const verification = updateReturnSerialVerificationStep({
      return_id: input.return_id,
    })
    const units = transform({ recorded }, ({ recorded }) => recorded.units)
    const eventData = transform({ input, units }, ({ input, units }) =>
      orderFlowEventPayload(units, { return_id: input.return_id })
    )
    emitEventStep({ eventName: SerialNumberEvents.RETURNED, data: eventData })
    return new WorkflowResponse({ units, verification })
  }
)
