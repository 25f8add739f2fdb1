import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { serialError } from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { serialStockDrift } from "../utils"

export interface PlanSerialStockReconcileInput {
  inventory_item_id: string
  stock_location_id?: string | null
}

/**
 * The places of one `full` item (at one location, or all of them) where
 * Medusa's `stocked_quantity` differs from the units that count as stock,
 * and the received returns whose `returned` units counted.
 * Refuses an item not under `full` tracking
 * (`serial_stock_not_fully_tracked`). Writes nothing.
 */
export const planSerialStockReconcileStep = createStep(
  "plan-serial-stock-reconcile",
  async (input: PlanSerialStockReconcileInput, { container }) => {
    const { item_ids, rows, received_return_ids } = await serialStockDrift(
      container,
      {
        inventory_item_id: [input.inventory_item_id],
        stock_location_id: input.stock_location_id
          ? [input.stock_location_id]
          : undefined,
      }
    )
    if (!item_ids.length) {
      throw serialError(
        MedusaError.Types.NOT_ALLOWED,
        SerialErrorCode.STOCK_NOT_FULLY_TRACKED,
        `Inventory item ${input.inventory_item_id} is not under full serial tracking: ` +
          `its stock is not kept in step with units, so there is nothing to reconcile`
      )
    }
    return new StepResponse({ rows, received_return_ids })
  }
)
