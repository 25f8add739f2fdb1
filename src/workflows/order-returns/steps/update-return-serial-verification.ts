import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { returnSerialVerification } from "../utils"

/**
 * Writes whether a return's serials are all recorded into the return's
 * `metadata.serial_verification` (`awaiting` or `verified`, with counts), so
 * Medusa's own screens and the plugin's order route show it. Compensation
 * puts the earlier metadata back.
 */
export const updateReturnSerialVerificationStep = createStep(
  "update-return-serial-verification",
  async (input: { return_id: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const orderReturn: any = await orders.retrieveReturn(input.return_id, {
      relations: ["items"],
    })
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const allocations = await service.listSerialAllocations(
      { order_id: orderReturn.order_id },
      { select: ["line_item_id", "stage", "return_id"], take: null }
    )
    const verification = returnSerialVerification(
      orderReturn,
      allocations as any[]
    )
    if (!verification) {
      return new StepResponse(null)
    }
    const previous = orderReturn.metadata ?? null
    await orders.updateReturns([
      {
        id: input.return_id,
        metadata: { ...(previous ?? {}), serial_verification: verification },
      },
    ] as any)
    return new StepResponse(verification, {
      return_id: input.return_id,
      previous,
    })
  },
  async (saved, { container }) => {
    if (!saved) {
      return
    }
    await container
      .resolve(Modules.ORDER)
      .updateReturns([
        { id: saved.return_id, metadata: saved.previous ?? {} },
      ] as any)
  }
)
