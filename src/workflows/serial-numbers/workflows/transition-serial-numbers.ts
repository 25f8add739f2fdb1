import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialNumberEvents } from "../../../types/events"
import type { TransitionSerialNumbersInput } from "../../../types/serial-number-inputs"
import { transitionSerialNumbersStep } from "../steps"

export const transitionSerialNumbersWorkflowId = "transition-serial-numbers"

const EVENT_BY_ACTION: Record<string, string> = {
  reserve: SerialNumberEvents.RESERVED,
  release: SerialNumberEvents.RELEASED,
  sell: SerialNumberEvents.SOLD,
  return: SerialNumberEvents.RETURNED,
  restock: SerialNumberEvents.RESTOCKED,
  mark_defective: SerialNumberEvents.MARKED_DEFECTIVE,
}

/**
 * Applies one action of the transition table to units (reserve, release,
 * sell, return, restock, mark_defective): one event per unit, then the
 * matching `serial_number.<past tense>` bus event and the
 * `serialNumbersTransitioned` hook. Used by the per-action admin routes.
 */
export const transitionSerialNumbersWorkflow = createWorkflow(
  transitionSerialNumbersWorkflowId,
  (input: TransitionSerialNumbersInput) => {
    const records = transitionSerialNumbersStep(input)
    const event = transform({ input, records }, ({ input, records }) => ({
      name: EVENT_BY_ACTION[input.action],
      data: { ids: records.map((r) => r.id), action: input.action },
    }))
    emitEventStep({ eventName: event.name, data: event.data })
    const serialNumbersTransitioned = createHook("serialNumbersTransitioned", {
      action: input.action,
      records,
    })
    return new WorkflowResponse(records, { hooks: [serialNumbersTransitioned] })
  }
)
