import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import {
  SERIAL_ALLOCATION_STAGES,
  SerialAllocationStage,
} from "../../../types/serial-allocation-stage"
import type { ReconcileAllocation } from "../utils"

/**
 * Reads an order's allocations that were not released (open ones, and
 * returned ones, which still count as fulfilled): line, inventory item and
 * stage. Reads only; nothing to undo.
 */
export const listOrderSerialAllocationsStep = createStep(
  "list-order-serial-allocations",
  async (input: { order_id: string }, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const rows = await service.listSerialAllocations(
      {
        order_id: input.order_id,
        stage: SERIAL_ALLOCATION_STAGES.filter(
          (s) => s !== SerialAllocationStage.RELEASED
        ),
      },
      { select: ["line_item_id", "inventory_item_id", "stage"], take: null }
    )
    return new StepResponse(
      rows.map((a): ReconcileAllocation => ({
        line_item_id: a.line_item_id,
        inventory_item_id: a.inventory_item_id,
        stage: a.stage,
      }))
    )
  }
)
