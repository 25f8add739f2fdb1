import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { undoOrderFlow } from "../../utils"
import { resolvePickScans } from "../utils/resolve-pick-scans"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type { PickFulfillmentInput } from "../../../modules/serial-inventory/operations"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"

/**
 * Records which units a fulfillment takes (scanned serials, GS1 scans read
 * by `resolvePickScans`, or the lines' allocated units), all-or-nothing. Compensation puts every unit and
 * allocation back as it was, with `reverted` events.
 */
export const pickFulfillmentSerialNumbersStep = createStep(
  "pick-fulfillment-serial-numbers",
  async (
    input: PickFulfillmentInput & { actor_id?: string | null },
    { container }
  ) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const { actor_id, ...given } = input
    const pick = await resolvePickScans(container, given)
    const result = await service.pickFulfillmentSerialNumbers(pick, {
      actor_type: actor_id ? "user" : "system",
      actor_id: actor_id ?? null,
    })
    return new StepResponse(
      { units: result.units, undo: result.undo },
      result.undo
    )
  },
  async (undo, { container }) =>
    undoOrderFlow(container, undo, "compensation: pick rolled back")
)
