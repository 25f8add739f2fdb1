import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"

/** Marks a delivered fulfillment's units `delivered` (an event; status stays `sold`). */
export const deliverFulfillmentSerialNumbersStep = createStep(
  "deliver-fulfillment-serial-numbers",
  async (input: { fulfillment_id: string }, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    return new StepResponse(
      await service.deliverFulfillmentSerialNumbers(input, {
        actor_type: "system",
      })
    )
  }
)
