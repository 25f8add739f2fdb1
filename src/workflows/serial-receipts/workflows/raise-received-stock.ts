import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { ensureSerialInventoryLevelsStep } from "../../stock-levels/steps/ensure-serial-inventory-levels"
import { planReceivedStockStep, type PlanReceivedStockInput } from "../steps"

/**
 * Composes, inside a workflow, the steps that raise Medusa's
 * `stocked_quantity` for received units of `full` items: the levels missing
 * at their locations are created at 0 (`ensureSerialInventoryLevelsStep`,
 * safe for concurrent receipts), then Medusa's own
 * `adjustInventoryLevelsStep` raises each by its count. Both compensate, so
 * a failure later in the workflow takes the stock back down. The plan says
 * which levels were new and how much each rose.
 */
export function raiseReceivedStock(input: PlanReceivedStockInput) {
  const plan = planReceivedStockStep(input)
  const places = transform({ plan }, ({ plan }) =>
    plan.create.map(({ inventory_item_id, location_id }) => ({
      inventory_item_id,
      location_id,
    }))
  )
  const adjust = transform({ plan }, ({ plan }) => [
    ...plan.create.map((c) => ({
      inventory_item_id: c.inventory_item_id,
      location_id: c.location_id,
      adjustment: c.stocked_quantity,
    })),
    ...plan.adjust,
  ])
  ensureSerialInventoryLevelsStep(places)
  adjustInventoryLevelsStep(adjust)
  return plan
}
