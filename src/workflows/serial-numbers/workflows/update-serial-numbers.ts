import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialNumberEvents } from "../../../types/events"
import { updateSerialNumbersStep, UpdateSerialNumbersStepInput } from "../steps"

export const updateSerialNumbersWorkflowId = "update-serial-numbers"

/**
 * Changes non-status fields of units (attributes validated against the
 * unit's template), leaving one event per kind of change, then emits
 * `serial_number.updated` and exposes `serialNumbersUpdated`. Used by
 * `POST /admin/serial-numbers/:id`.
 */
export const updateSerialNumbersWorkflow = createWorkflow(
  updateSerialNumbersWorkflowId,
  (input: UpdateSerialNumbersStepInput) => {
    const updated = updateSerialNumbersStep(input)
    const eventData = transform({ input }, ({ input }) => ({
      ids: input.updates.map((u) => u.id),
    }))
    emitEventStep({ eventName: SerialNumberEvents.UPDATED, data: eventData })
    const serialNumbersUpdated = createHook("serialNumbersUpdated", {
      serial_numbers: updated,
    })
    return new WorkflowResponse(updated, { hooks: [serialNumbersUpdated] })
  }
)
