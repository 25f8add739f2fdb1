import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type { CloseSerialRecallInput } from "../../../modules/serial-inventory/operations"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { SerialActorContext } from "../../../types/serial-number-inputs"

export interface CloseSerialRecallStepInput extends CloseSerialRecallInput {
  actor?: SerialActorContext
}

/**
 * Closes an applied campaign: its recalled units are released (back to
 * `in_stock`, or `reserved` on the line still holding them) or marked
 * `defective`, one event each. Returns the campaign and the stock each
 * `full` item gains back per location. Compensation puts the units back to
 * `recalled`, re-opens allocations it ended, deletes its events and makes
 * the campaign applied again.
 */
export const closeSerialRecallStep = createStep(
  "close-serial-recall",
  async ({ actor, ...input }: CloseSerialRecallStepInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const result = await service.closeSerialRecall(input, actor)
    return new StepResponse(result, input.recall_id)
  },
  async (recallId, { container }) => {
    if (!recallId) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.undoSerialRecallClose(recallId)
  }
)
