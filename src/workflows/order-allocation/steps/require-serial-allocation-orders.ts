import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** Refuses an allocation run without orders (an empty filter must never reach the reads). */
export const requireSerialAllocationOrdersStep = createStep(
  "require-serial-allocation-orders",
  async (orderIds: string[]) => {
    if (!orderIds.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "allocate-order-serial-numbers needs order_id or order_ids"
      )
    }
  }
)
