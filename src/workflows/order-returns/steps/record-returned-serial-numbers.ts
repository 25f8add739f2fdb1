import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { undoOrderFlow } from "../../utils"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type { ReturnPlanSerial } from "../../../modules/serial-inventory/utils"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { SerialErrorCode } from "../../../types/error-codes"
import { toQuantity } from "../../order-allocation/utils"

export interface RecordReturnedSerialNumbersStepInput {
  /** The return as `query.graph` read it (undefined when there is none). */
  orderReturn?: any
  return_id: string
  serials: ReturnPlanSerial[]
  actor_id?: string | null
}

const RECEIVED = new Set(["received", "partially_received"])

/**
 * Records the units a return brought back (and their dispositions), all or
 * nothing. Compensation puts units and allocations back as they were, with
 * `reverted` events.
 */
export const recordReturnedSerialNumbersStep = createStep(
  "record-returned-serial-numbers",
  async (input: RecordReturnedSerialNumbersStepInput, { container }) => {
    const r = input.orderReturn
    if (!r) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Return ${input.return_id} was not found`,
        SerialErrorCode.RETURN_NOT_FOUND
      )
    }
    if (r.status === "canceled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Return ${r.id} is canceled: no serials can be recorded on it`,
        SerialErrorCode.RETURN_INVALID
      )
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const result = await service.recordReturnedSerialNumbers(
      {
        return_id: r.id,
        order_id: r.order_id,
        stock_location_id: r.location_id ?? null,
        received: RECEIVED.has(r.status),
        lines: (r.items ?? []).map((i: any) => ({
          line_item_id: i.item_id,
          quantity: toQuantity(i.quantity),
        })),
        serials: input.serials,
      },
      {
        actor_type: input.actor_id ? "user" : "system",
        actor_id: input.actor_id ?? null,
      }
    )
    return new StepResponse(
      { units: result.units, defective: result.defective },
      result.undo
    )
  },
  async (undo, { container }) =>
    undoOrderFlow(container, undo, "compensation: return recording rolled back")
)
