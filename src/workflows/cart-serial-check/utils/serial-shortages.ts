import type { SerialNeed } from "./serial-needs-for-cart"

export interface SerialShortage extends SerialNeed {
  available: number
}

/**
 * The needs that the free units do not cover. `counts` has a row per place
 * the plugin checks (items it allocates ahead); a need without a row is of
 * an item it does not allocate ahead and is never short.
 */
export function findSerialShortages(
  needs: SerialNeed[],
  counts: {
    inventory_item_id: string
    stock_location_id: string
    available: number
  }[]
): SerialShortage[] {
  const available = new Map(
    counts.map((c) => [
      `${c.inventory_item_id}\u0000${c.stock_location_id}`,
      Number(c.available),
    ])
  )
  return needs.flatMap((need) => {
    const free = available.get(
      `${need.inventory_item_id}\u0000${need.stock_location_id}`
    )
    return free !== undefined && free < need.quantity
      ? [{ ...need, available: free }]
      : []
  })
}

/**
 * One sentence per short item, naming it (product, variant, SKU), its
 * inventory item and location, how many units the cart needs and how many
 * are free.
 */
export function describeSerialShortages(shortages: SerialShortage[]): string {
  const parts = shortages.map((s) => {
    const names = [...new Set(s.lines.map((l) => l.label))].join(", ")
    return (
      `${names} needs ${s.quantity} unit(s) of inventory item ${s.inventory_item_id} ` +
      `at stock location ${s.stock_location_id}, ${s.available} available`
    )
  })
  return `Not enough serialized units in stock to complete the cart: ${parts.join("; ")}`
}
