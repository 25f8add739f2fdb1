import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"

/** Gives a canceled fulfillment's picked units back to their lines (stage `allocated`). */
export const unpickFulfillmentSerialNumbersStep = createStep(
  "unpick-fulfillment-serial-numbers",
  async (input: { fulfillment_id: string }, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const back = await service.unpickFulfillmentSerialNumbers(input, {
      actor_type: "system",
    })
    return new StepResponse(back.map((a) => a.serial_number_id as string))
  }
)
