import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** An inventory item at a location, as Medusa's inventory steps name it. */
export interface InventoryLevelPlace {
  inventory_item_id: string
  location_id: string
}

/**
 * Creates, through Medusa's inventory module, the inventory levels missing
 * at these places (`stocked_quantity` 0), so that
 * `adjustInventoryLevelsStep` can move them: a unit of a `full` item can sit
 * where Medusa has no level yet. One read for any number of places.
 * Compensation deletes the levels it created.
 */
export const ensureSerialInventoryLevelsStep = createStep(
  "ensure-serial-inventory-levels",
  async (places: InventoryLevelPlace[], { container }) => {
    if (!places.length) {
      return new StepResponse([], [])
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const existing = await inventory.listInventoryLevels(
      {
        inventory_item_id: [...new Set(places.map((p) => p.inventory_item_id))],
        location_id: [...new Set(places.map((p) => p.location_id))],
      },
      { select: ["inventory_item_id", "location_id"] }
    )
    const key = (p: InventoryLevelPlace) =>
      `${p.inventory_item_id}\u0000${p.location_id}`
    const have = new Set(existing.map(key))
    const missing = new Map(
      places.filter((p) => !have.has(key(p))).map((p) => [key(p), p])
    )
    if (!missing.size) {
      return new StepResponse([], [])
    }
    const created = await inventory.createInventoryLevels(
      [...missing.values()].map((p) => ({
        inventory_item_id: p.inventory_item_id,
        location_id: p.location_id,
        stocked_quantity: 0,
      }))
    )
    const ids = created.map((l) => l.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve(Modules.INVENTORY).deleteInventoryLevels(ids)
  }
)
