import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { SerialTrackingMode } from "../../../types/tracking-policy"
import {
  countUnitsPerLevel,
  planStockChanges,
  type StockChangePlan,
} from "../utils/stock-changes"

export interface PlanReceivedStockInput {
  units: { inventory_item_id: string; stock_location_id?: string | null }[]
  /** Units that serialize stock Medusa already counts: nothing to raise. */
  serialize_existing?: boolean
}

/**
 * Works out how Medusa's `stocked_quantity` must rise for units just
 * received: one more per unit of a `full` item at its location, creating the
 * inventory level where the item has none yet. Reads only (two queries).
 */
export const planReceivedStockStep = createStep(
  "plan-received-stock",
  async (input: PlanReceivedStockInput, { container }) => {
    const empty: StockChangePlan = { create: [], adjust: [] }
    if (input.serialize_existing || !input.units.length) {
      return new StepResponse(empty)
    }
    const serials: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const itemIds = [...new Set(input.units.map((u) => u.inventory_item_id))]
    const policies = await serials.listSerialTrackingPolicies(
      { inventory_item_id: itemIds, mode: SerialTrackingMode.FULL },
      { select: ["inventory_item_id"] }
    )
    const increases = countUnitsPerLevel(
      input.units,
      new Set(policies.map((p) => p.inventory_item_id))
    )
    if (!increases.length) {
      return new StepResponse(empty)
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const levels = await inventory.listInventoryLevels(
      {
        inventory_item_id: [
          ...new Set(increases.map((i) => i.inventory_item_id)),
        ],
        location_id: [...new Set(increases.map((i) => i.location_id))],
      },
      { select: ["inventory_item_id", "location_id"] }
    )
    return new StepResponse(planStockChanges(increases, levels))
  }
)
