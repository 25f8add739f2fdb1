/** One inventory level to raise, keyed as Medusa's inventory steps take it. */
export interface StockIncrease {
  inventory_item_id: string
  location_id: string
  adjustment: number
}

export interface LevelRow {
  inventory_item_id: string
  location_id: string
}

/** What Medusa's inventory steps must do: create missing levels, raise the others. */
export interface StockChangePlan {
  create: {
    inventory_item_id: string
    location_id: string
    stocked_quantity: number
  }[]
  adjust: StockIncrease[]
}

/** Received units counted per inventory item and location (units without a location count nowhere). */
export function countUnitsPerLevel(
  units: { inventory_item_id: string; stock_location_id?: string | null }[],
  fullItemIds: Set<string>
): StockIncrease[] {
  const counts = new Map<string, StockIncrease>()
  for (const u of units) {
    if (!u.stock_location_id || !fullItemIds.has(u.inventory_item_id)) {
      continue
    }
    const key = `${u.inventory_item_id}\u0000${u.stock_location_id}`
    const entry = counts.get(key) ?? {
      inventory_item_id: u.inventory_item_id,
      location_id: u.stock_location_id,
      adjustment: 0,
    }
    entry.adjustment++
    counts.set(key, entry)
  }
  return [...counts.values()]
}

/** Splits the increases into levels to create (none yet at that location) and levels to adjust. */
export function planStockChanges(
  increases: StockIncrease[],
  existing: LevelRow[]
): StockChangePlan {
  const have = new Set(
    existing.map((l) => `${l.inventory_item_id}\u0000${l.location_id}`)
  )
  const plan: StockChangePlan = { create: [], adjust: [] }
  for (const inc of increases) {
    if (have.has(`${inc.inventory_item_id}\u0000${inc.location_id}`)) {
      plan.adjust.push(inc)
    } else {
      plan.create.push({
        inventory_item_id: inc.inventory_item_id,
        location_id: inc.location_id,
        stocked_quantity: inc.adjustment,
      })
    }
  }
  return plan
}

/** How much a plan raises `stocked_quantity` in all. */
export function stockAdded(plan: StockChangePlan): number {
  return (
    plan.create.reduce((sum, s) => sum + s.stocked_quantity, 0) +
    plan.adjust.reduce((sum, s) => sum + s.adjustment, 0)
  )
}
