import {
  adjustInventoryLevelsStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialNumberEvents } from "../../../types/events"
import type { TransitionSerialNumbersInput } from "../../../types/serial-number-inputs"
import {
  ensureSerialInventoryLevelsStep,
  planSerialStockAdjustmentsStep,
  validateReturnedUnitsReceivedStep,
} from "../../stock-levels/steps"
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
 * sell, return, restock, mark_defective): refuses to restock or mark
 * defective a unit of a `full` item on a Medusa return not received yet;
 * one event per unit; for units of
 * `full` items with a location, Medusa's `stocked_quantity` there moves by
 * the units that start or stop counting as stock (sell and mark defective
 * take one out, restock puts one back, a unit whose Medusa return was
 * received already counts) through Medusa's
 * `adjustInventoryLevelsStep`, creating a missing level first; then the
 * matching `serial_number.<past tense>` bus event and the
 * `serialNumbersTransitioned` hook. Every step compensates. Used by the
 * per-action admin routes.
 */
export const transitionSerialNumbersWorkflow = createWorkflow(
  transitionSerialNumbersWorkflowId,
  (input: TransitionSerialNumbersInput) => {
    validateReturnedUnitsReceivedStep(input)
    const records = transitionSerialNumbersStep(input)
    const stock = planSerialStockAdjustmentsStep(records)
    ensureSerialInventoryLevelsStep(stock.places)
    adjustInventoryLevelsStep(stock.adjustments)
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
