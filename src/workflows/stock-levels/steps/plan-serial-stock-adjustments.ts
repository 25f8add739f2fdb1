import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stockAdjustmentsFor } from "../../../modules/serial-inventory/utils"
import type { SerialTransitionRecord } from "../../../types/serial-number-inputs"
import { receivedReturnIds } from "../utils"

/**
 * What units' status changes do to Medusa's `stocked_quantity` (see
 * `countsAsStock`): the adjustments per item and location, and the places
 * they touch. A unit leaving `returned` counted as stock when Medusa had
 * received its return (one query for their returns). Writes nothing.
 */
export const planSerialStockAdjustmentsStep = createStep(
  "plan-serial-stock-adjustments",
  async (records: SerialTransitionRecord[], { container }) => {
    const received = await receivedReturnIds(
      container,
      records.map((r) => r.return_id)
    )
    const adjustments = stockAdjustmentsFor(
      records.map((r) => ({
        ...r,
        return_received: !!r.return_id && received.has(r.return_id),
      }))
    )
    return new StepResponse({
      adjustments,
      places: adjustments.map((a) => ({
        inventory_item_id: a.inventory_item_id,
        location_id: a.location_id,
      })),
    })
  }
)
