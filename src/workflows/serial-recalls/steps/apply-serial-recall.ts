import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { SerialActorContext } from "../../../types/serial-number-inputs"

export interface ApplySerialRecallStepInput {
  recall_id: string
  actor?: SerialActorContext
}

/**
 * Applies a draft campaign: records its matched units and blocks those in
 * stock or on an order line and not shipped (status `recalled`, one event
 * each), set-based. Returns the campaign and the stock each `full` item
 * loses per location. Compensation puts the units back to their status,
 * deletes the campaign's events and unit rows and makes it a draft again.
 */
export const applySerialRecallStep = createStep(
  "apply-serial-recall",
  async (input: ApplySerialRecallStepInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const result = await service.applySerialRecall(input.recall_id, input.actor)
    return new StepResponse(result, input.recall_id)
  },
  async (recallId, { container }) => {
    if (!recallId) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.undoSerialRecallApply(recallId)
  }
)
