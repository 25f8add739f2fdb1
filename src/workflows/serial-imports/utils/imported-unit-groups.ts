import type { ImportedUnitReceipt } from "./undo-serial-import-chunks"

/**
 * The units an import wrote that share an item, a location and whether
 * their chunk raised Medusa's stock, with their ids and `received` event ids
 * as comma-joined lists (ids never hold a comma).
 */
export interface ImportedUnitGroup {
  inventory_item_id: string
  stock_location_id: string | null
  stock_raised: boolean
  ids: string
  received_event_ids: string
}

/**
 * The write step's compensation data in compact form. The workflow engine
 * keeps a step's compensation data in the workflow's checkpoint (serialized,
 * and stored in the database for a background workflow): 100,000 receipt
 * objects cost it some 200 MB of memory at the end of an import, a few long
 * strings almost nothing.
 */
export function groupImportedUnits(
  receipts: ImportedUnitReceipt[]
): ImportedUnitGroup[] {
  const groups = new Map<
    string,
    { head: ImportedUnitReceipt; ids: string[]; events: string[] }
  >()
  for (const r of receipts) {
    const key = `${r.inventory_item_id}\u0000${r.stock_location_id ?? ""}\u0000${r.stock_raised}`
    const group = groups.get(key) ?? { head: r, ids: [], events: [] }
    group.ids.push(r.id)
    group.events.push(r.received_event_id)
    groups.set(key, group)
  }
  return [...groups.values()].map(({ head, ids, events }) => ({
    inventory_item_id: head.inventory_item_id,
    stock_location_id: head.stock_location_id,
    stock_raised: head.stock_raised,
    ids: ids.join(","),
    received_event_ids: events.join(","),
  }))
}

/** The receipts `groupImportedUnits` compacted, back as one object each. */
export function expandImportedUnits(
  groups: ImportedUnitGroup[]
): ImportedUnitReceipt[] {
  return groups.flatMap((g) => {
    const events = g.received_event_ids.split(",")
    return g.ids.split(",").map((id, i) => ({
      id,
      received_event_id: events[i],
      inventory_item_id: g.inventory_item_id,
      stock_location_id: g.stock_location_id,
      stock_raised: g.stock_raised,
    }))
  })
}
