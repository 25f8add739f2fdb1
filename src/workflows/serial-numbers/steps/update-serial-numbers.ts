import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type {
  SerialActorContext,
  UpdateSerialNumberInput,
} from "../../../types/serial-number-inputs"

export interface UpdateSerialNumbersStepInput {
  updates: UpdateSerialNumberInput[]
  actor?: SerialActorContext
}

/**
 * Changes non-status fields of units, leaving one event per kind of change.
 * Compensation puts back exactly the fields this step changed, where nobody
 * changed them since (with events too: the log is append-only).
 */
export const updateSerialNumbersStep = createStep(
  "update-serial-numbers",
  async (input: UpdateSerialNumbersStepInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const { serial_numbers, changes } = await service.updateSerialNumbers(
      input.updates,
      input.actor ?? {}
    )
    return new StepResponse(serial_numbers, {
      changes,
      actor: input.actor ?? {},
    })
  },
  async (undo, { container }) => {
    if (!undo?.changes.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.restoreSerialNumberFields(undo.changes, {
      ...undo.actor,
      note: "compensation: update rolled back",
    })
  }
)
