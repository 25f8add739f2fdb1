import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { RELEASABLE_ALLOCATION_STAGES } from "../../../types/serial-allocation-stage"

/**
 * Releases an order's allocations whose units have not shipped (stage
 * `allocated` or `picked`): each unit goes back to `in_stock` with a
 * `released` event naming the order and the reason. Shipped units stay
 * with the order. The log is append-only, so a release is not undone by
 * compensation: the events say what happened.
 */
export const releaseOrderSerialNumbersStep = createStep(
  "release-order-serial-numbers",
  async (input: { order_id: string; note: string }, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const open = await service.listSerialAllocations(
      {
        order_id: input.order_id,
        stage: RELEASABLE_ALLOCATION_STAGES,
      },
      { select: ["id"], take: null }
    )
    const released = await service.releaseSerialAllocations(
      open.map((a) => a.id),
      { actor_type: "system", note: input.note }
    )
    return new StepResponse(released.map((a) => a.serial_number_id))
  }
)
