import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type {
  CreateSerialNumberInput,
  SerialActorContext,
} from "../../../types/serial-number-inputs"

export interface CreateSerialNumbersStepInput {
  serial_numbers: CreateSerialNumberInput[]
  actor?: SerialActorContext
}

/**
 * Creates the units of a batch, all-or-nothing, each with its `received`
 * event. Compensation removes exactly those units and their events, except
 * units that gained history in between: those stay, with a `note` event.
 */
export const createSerialNumbersStep = createStep(
  "create-serial-numbers",
  async (input: CreateSerialNumbersStepInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const created = await service.createSerialNumbers(
      input.serial_numbers,
      input.actor ?? {}
    )
    return new StepResponse(
      created,
      created.map(({ id, received_event_id }) => ({ id, received_event_id }))
    )
  },
  async (receipts, { container }) => {
    if (!receipts?.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    // A unit someone already acted on is kept (with a note event saying so):
    // the rollback must not fail, and must not erase what others did with it.
    await service.purgeCreatedSerialNumbers(receipts, { keepTouched: true })
  }
)
