import type { MedusaContainer } from "@medusajs/framework/types"
import { SERIAL_INVENTORY_MODULE } from "../../modules/serial-inventory"
import type { OrderFlowUndo } from "../../modules/serial-inventory/operations"
import type SerialInventoryModuleService from "../../modules/serial-inventory/service"

/**
 * The compensation of every order-flow step and hook (pick, ship, return):
 * puts back what the step changed, the `reverted` events noted with `note`.
 */
export async function undoOrderFlow(
  container: MedusaContainer,
  undo: OrderFlowUndo | undefined,
  note: string
): Promise<void> {
  if (!undo) {
    return
  }
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  await service.undoSerialOrderFlowStep(undo, { actor_type: "system", note })
}
