import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { TransitionSerialNumbersInput } from "../../../types/serial-number-inputs"

/**
 * Moves units through one action of the transition table (one event each).
 * Compensation takes them back to the status and warranty dates they had,
 * with a `reverted` event.
 */
export const transitionSerialNumbersStep = createStep(
  "transition-serial-numbers",
  async (input: TransitionSerialNumbersInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const records = await service.transitionSerialNumbers(input)
    return new StepResponse(records, { input, records })
  },
  async (done, { container }) => {
    if (!done?.records.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.revertSerialNumberTransitions({
      action: done.input.action,
      records: done.records,
      actor_type: "system",
      note: "compensation: transition rolled back",
    })
  }
)
