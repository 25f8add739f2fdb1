import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** An inventory item at a location, as Medusa's inventory steps name it. */
export interface InventoryLevelPlace {
  inventory_item_id: string
  location_id: string
}

const key = (p: InventoryLevelPlace) =>
  `${p.inventory_item_id}\u0000${p.location_id}`

async function missingPlaces(inventory: any, places: InventoryLevelPlace[]) {
  const existing = await inventory.listInventoryLevels(
    {
      inventory_item_id: [...new Set(places.map((p) => p.inventory_item_id))],
      location_id: [...new Set(places.map((p) => p.location_id))],
    },
    { select: ["inventory_item_id", "location_id"] }
  )
  const have = new Set(existing.map(key))
  return [
    ...new Map(
      places.filter((p) => !have.has(key(p))).map((p) => [key(p), p])
    ).values(),
  ]
}

/**
 * Creates, through Medusa's inventory module, the inventory levels missing
 * at these places (`stocked_quantity` 0), so that
 * `adjustInventoryLevelsStep` can move them: a unit of a `full` item can sit
 * where Medusa has no level yet. Concurrent callers are queued on Medusa's
 * locking module by inventory item (the keys `adjustInventoryLevelsStep`
 * uses); one that still loses the race to another process finds the level
 * made and goes on. Compensation deletes the levels it created that are
 * empty again (another workflow may have stocked one meanwhile: that one
 * stays).
 */
export const ensureSerialInventoryLevelsStep = createStep(
  "ensure-serial-inventory-levels",
  async (places: InventoryLevelPlace[], { container }) => {
    if (!places.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const itemIds = [...new Set(places.map((p) => p.inventory_item_id))]
    const ids = await locking.execute(itemIds, async () => {
      const missing = await missingPlaces(inventory, places)
      if (!missing.length) {
        return [] as string[]
      }
      try {
        const created = await inventory.createInventoryLevels(
          missing.map((p) => ({ ...p, stocked_quantity: 0 }))
        )
        return created.map((l) => l.id)
      } catch (error) {
        // Another process made them first (unique level per item and place).
        if ((await missingPlaces(inventory, places)).length) {
          throw error
        }
        return [] as string[]
      }
    })
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const levels = await inventory.listInventoryLevels(
      { id: ids },
      {
        select: [
          "id",
          "stocked_quantity",
          "reserved_quantity",
          "incoming_quantity",
        ],
      }
    )
    const empty = levels
      .filter(
        (l) =>
          Number(l.stocked_quantity) === 0 &&
          Number(l.reserved_quantity) === 0 &&
          Number(l.incoming_quantity ?? 0) === 0
      )
      .map((l) => l.id)
    if (empty.length) {
      await inventory.deleteInventoryLevels(empty)
    }
  }
)
