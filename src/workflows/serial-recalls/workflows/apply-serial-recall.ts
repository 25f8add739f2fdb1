import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  adjustInventoryLevelsStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { SerialRecallEvents } from "../../../types/events"
import {
  applySerialRecallStep,
  type ApplySerialRecallStepInput,
} from "../steps"

export const applySerialRecallWorkflowId = "apply-serial-recall"

/**
 * Applies a draft recall campaign: blocks its units in stock or on an order
 * line and not shipped (status `recalled`, one event each, set-based), then
 * lowers Medusa's `stocked_quantity` of `full` items by the blocked units
 * that counted as stock, through Medusa's `adjustInventoryLevelsStep` (a
 * recalled unit is not sellable stock; the drift report agrees), emits
 * `serial_recall.applied` and runs the `serialRecallApplied` hook. Every
 * step compensates. Used by `POST /admin/serial-recalls/:id/apply`.
 */
export const applySerialRecallWorkflow = createWorkflow(
  applySerialRecallWorkflowId,
  (input: ApplySerialRecallStepInput) => {
    const applied = applySerialRecallStep(input)
    adjustInventoryLevelsStep(
      transform({ applied }, ({ applied }) => applied.stock)
    )
    emitEventStep({
      eventName: SerialRecallEvents.APPLIED,
      data: transform({ applied }, ({ applied }) => ({
        id: applied.recall.id,
      })),
    })
    const serialRecallApplied = createHook("serialRecallApplied", {
      recall: transform({ applied }, ({ applied }) => applied.recall),
    })
    return new WorkflowResponse(applied, { hooks: [serialRecallApplied] })
  }
)
