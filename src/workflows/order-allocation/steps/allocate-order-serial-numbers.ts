import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type { AllocateLineInput } from "../../../modules/serial-inventory/operations"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"

export interface OrderLineAllocation {
  order_id: string
  line_item_id: string
  inventory_item_id: string
  allocated: string[]
  missing: number
}

/**
 * Gives each reserved line of one or more orders the units it lacks (only
 * items under `full` tracking), in one set-based transaction; `note` goes on the `allocated`
 * events (default "allocated at checkout"). Compensation releases exactly
 * the allocations this step made, back to `in_stock` with `released` events.
 */
export const allocateOrderSerialNumbersStep = createStep(
  "allocate-order-serial-numbers",
  async (
    input: { lines: AllocateLineInput[]; note?: string },
    { container }
  ) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const results = await service.allocateSerialNumbersToLines(input.lines, {
      actor_type: "system",
      note: input.note ?? "allocated at checkout",
    })
    const lines: OrderLineAllocation[] = results.flatMap((r, i) =>
      r.tracked
        ? [
            {
              order_id: input.lines[i].order_id,
              line_item_id: input.lines[i].line_item_id,
              inventory_item_id: input.lines[i].inventory_item_id,
              allocated: r.allocations.map((a) => a.serial_number_id as string),
              missing: r.missing,
            },
          ]
        : []
    )
    const allocationIds = results.flatMap((r) =>
      r.allocations.map((a) => a.id as string)
    )
    return new StepResponse(lines, allocationIds)
  },
  async (allocationIds, { container }) => {
    if (!allocationIds?.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.releaseSerialAllocations(allocationIds, {
      actor_type: "system",
      note: "compensation: allocation rolled back",
    })
  }
)
