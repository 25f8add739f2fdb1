import {
  adjustInventoryLevelsStep,
  createInventoryLevelsStep,
} from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { planReceivedStockStep, type PlanReceivedStockInput } from "../steps"

/**
 * Composes, inside a workflow, the steps that raise Medusa's
 * `stocked_quantity` for received units of `full` items: Medusa's own
 * `createInventoryLevelsStep` where the item has no level at the location
 * yet and `adjustInventoryLevelsStep` elsewhere. Both compensate, so a
 * failure later in the workflow takes the stock back down.
 */
export function raiseReceivedStock(input: PlanReceivedStockInput) {
  const plan = planReceivedStockStep(input)
  const create = transform({ plan }, ({ plan }) => plan.create)
  const adjust = transform({ plan }, ({ plan }) => plan.adjust)
  createInventoryLevelsStep(create)
  adjustInventoryLevelsStep(adjust)
  return plan
}
