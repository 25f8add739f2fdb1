import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { undoOrderFlow } from "../../utils"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"

/**
 * Sells the units a shipped fulfillment carries (stage `shipped`, fresh
 * warranty from the ship date). Compensation restores status, warranty and
 * stage, with `reverted` events.
 */
export const shipFulfillmentSerialNumbersStep = createStep(
  "ship-fulfillment-serial-numbers",
  async (
    input: { fulfillment_id: string; shipped_at?: Date | string | null },
    { container }
  ) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const result = await service.shipFulfillmentSerialNumbers(input, {
      actor_type: "system",
    })
    return new StepResponse(
      { units: result.units, undo: result.undo },
      result.undo
    )
  },
  async (undo, { container }) =>
    undoOrderFlow(container, undo, "compensation: shipment rolled back")
)
