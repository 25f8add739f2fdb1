import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { SerialAllocationStage } from "../../../types/serial-allocation-stage"
import type { LineUnitTarget } from "../utils"

/**
 * Gives back the `allocated` units a line holds beyond its target (a line
 * removed or its quantity lowered by an order edit, a canceled claim or
 * exchange): the newest go first, back to `in_stock`, each with a
 * `released` event carrying the target's note. The allocations are read
 * here, not earlier in the workflow, so a run after another one releases
 * nothing more. `picked` and later stages are never touched. The log is
 * append-only, so compensation does not undo a release: the events say
 * what happened, and the allocation step tops the line up again if needed.
 */
export const releaseExcessLineSerialNumbersStep = createStep(
  "release-excess-line-serial-numbers",
  async (
    input: { order_id: string; targets: LineUnitTarget[] },
    { container }
  ) => {
    if (!input.targets.length) {
      return new StepResponse([] as string[])
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const allocated = await service.listSerialAllocations(
      { order_id: input.order_id, stage: SerialAllocationStage.ALLOCATED },
      {
        select: ["id", "line_item_id", "inventory_item_id"],
        order: { allocated_at: "DESC", id: "DESC" },
        take: null,
      }
    )
    const byNote = new Map<string, string[]>()
    for (const t of input.targets) {
      const extra = allocated
        .filter(
          (a) =>
            a.line_item_id === t.line_item_id &&
            a.inventory_item_id === t.inventory_item_id
        )
        .slice(t.keep)
        .map((a) => a.id)
      if (extra.length) {
        byNote.set(t.note, [...(byNote.get(t.note) ?? []), ...extra])
      }
    }
    const released: string[] = []
    for (const [note, ids] of byNote) {
      const rows = await service.releaseSerialAllocations(ids, {
        actor_type: "system",
        note,
      })
      released.push(...rows.map((a) => a.serial_number_id))
    }
    return new StepResponse(released)
  }
)
