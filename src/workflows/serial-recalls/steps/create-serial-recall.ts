import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type { CreateSerialRecallInput } from "../../../modules/serial-inventory/operations"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { SerialActorContext } from "../../../types/serial-number-inputs"

export interface CreateSerialRecallStepInput {
  recall: CreateSerialRecallInput
  actor?: SerialActorContext
}

/**
 * Creates a draft recall campaign (selector checked, at least one unit
 * matched). Compensation deletes the draft.
 */
export const createSerialRecallStep = createStep(
  "create-serial-recall",
  async (input: CreateSerialRecallStepInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const recall = await service.createSerialRecall(input.recall, input.actor)
    return new StepResponse(recall, recall.id)
  },
  async (recallId, { container }) => {
    if (!recallId) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.deleteDraftSerialRecall(recallId)
  }
)
