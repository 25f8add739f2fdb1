import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../modules/serial-inventory/service"
import { serialError } from "../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../types/error-codes"
import {
  CartForSerialCheck,
  describeSerialShortages,
  findSerialShortages,
  serialNeedsForCart,
} from "./utils"

/**
 * Refuses a cart, before its order exists and before payment is authorized,
 * when a line of an item the plugin allocates ahead (`full` tracking,
 * strategy not `manual`) needs more units than are free (`in_stock`, on no
 * open allocation) at the location Medusa will reserve it at. Throws
 * `serial_units_unavailable` (400) naming every short item; writes nothing.
 * One count for the whole cart. A cart already completed passes (the
 * workflow then returns its existing order). The check reads, it does not
 * hold: a checkout that loses the last units to another after it still
 * places its order, and that line stays short (see the `order.placed`
 * allocation).
 *
 * The plugin registers it as `completeCartWorkflow.hooks.validate`; a store
 * that needs that hook itself lists `completeCartWorkflow.validate` in
 * SERIAL_INVENTORY_DISABLED_HOOKS and calls it from its own handler with the
 * hook's input and context.
 */
export async function validateCartSerialUnits(
  { cart }: { cart: CartForSerialCheck | null | undefined },
  { container }: { container: MedusaContainer }
): Promise<void> {
  if (!cart || cart.completed_at) {
    return
  }
  const needs = serialNeedsForCart(cart)
  if (!needs.length) {
    return
  }
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const counts = await service.countAvailableSerialUnits(
    needs.map((n) => ({
      inventory_item_id: n.inventory_item_id,
      stock_location_id: n.stock_location_id,
    }))
  )
  const shortages = findSerialShortages(needs, counts)
  if (shortages.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.SERIAL_UNITS_UNAVAILABLE,
      describeSerialShortages(shortages)
    )
  }
}
