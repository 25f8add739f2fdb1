import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import {
  listForMessage,
  serialError,
} from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import {
  SerialNumberAction,
  type SerialNumberAction as Action,
} from "../../../types/serial-number-status"
import { receivedReturnIds } from "../utils"

const MOVES_RETURNED_STOCK: Action[] = [
  SerialNumberAction.RESTOCK,
  SerialNumberAction.MARK_DEFECTIVE,
]

/**
 * Refuses to restock or mark defective a `returned` unit of a `full` item
 * that is on a Medusa return Medusa has not received yet
 * (`serial_return_not_received`): Medusa adds the unit back to stock on
 * receipt, so moving it first would count it twice. The returns route has
 * the same rule for dispositions. Writes nothing.
 */
export const validateReturnedUnitsReceivedStep = createStep(
  "validate-returned-units-received",
  async (input: { ids: string[]; action: Action }, { container }) => {
    if (!MOVES_RETURNED_STOCK.includes(input.action)) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const units = (
      await service.listReturnedSerialUnitReturns(input.ids)
    ).filter((u) => u.tracking_mode === "full")
    const received = await receivedReturnIds(
      container,
      units.map((u) => u.return_id)
    )
    const pending = units.filter((u) => !received.has(u.return_id))
    if (pending.length) {
      throw serialError(
        MedusaError.Types.NOT_ALLOWED,
        SerialErrorCode.RETURN_NOT_RECEIVED,
        `Cannot ${input.action.replace("_", " ")} ${listForMessage(pending.map((u) => `${u.serial} (return ${u.return_id})`))}: ` +
          `receive the return in Medusa first (Medusa adds the units back to stock on receipt)`
      )
    }
  }
)
