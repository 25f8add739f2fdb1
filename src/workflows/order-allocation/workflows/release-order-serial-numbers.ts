import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialNumberEvents } from "../../../types/events"
import { releaseOrderSerialNumbersStep } from "../steps"

export const releaseOrderSerialNumbersWorkflowId =
  "release-order-serial-numbers"

/**
 * Gives back the units an order held but never shipped (order canceled):
 * they return to `in_stock` with `released` events naming the order, and
 * `serial_number.released` is emitted with `{ order_id, ids }`. Run by the
 * `order.canceled` subscriber; running it again releases nothing more.
 */
export const releaseOrderSerialNumbersWorkflow = createWorkflow(
  releaseOrderSerialNumbersWorkflowId,
  (input: { order_id: string; note?: string }) => {
    const stepInput = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      note: input.note ?? "order canceled",
    }))
    const ids = releaseOrderSerialNumbersStep(stepInput)
    const eventData = transform({ input, ids }, ({ input, ids }) => ({
      order_id: input.order_id,
      ids,
    }))
    emitEventStep({ eventName: SerialNumberEvents.RELEASED, data: eventData })
    return new WorkflowResponse(ids)
  }
)
