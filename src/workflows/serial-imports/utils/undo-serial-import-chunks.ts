import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { SerialNumberReceipt } from "../../../types/serial-records"

/** Units rolled back per transaction. */
const UNDO_BATCH = 10000

/** A unit an import wrote, and whether its chunk raised Medusa's stock for it. */
export interface ImportedUnitReceipt extends SerialNumberReceipt {
  inventory_item_id: string
  stock_location_id: string | null
  stock_raised: boolean
}

/** Stock to take back down per item and location, for the units actually removed. */
export function stockToLower(
  receipts: ImportedUnitReceipt[],
  purged: Set<string>
): { inventoryItemId: string; locationId: string; adjustment: number }[] {
  const counts = new Map<
    string,
    { inventoryItemId: string; locationId: string; adjustment: number }
  >()
  for (const r of receipts) {
    if (!r.stock_raised || !r.stock_location_id || !purged.has(r.id)) continue
    const key = `${r.inventory_item_id}\u0000${r.stock_location_id}`
    const entry = counts.get(key) ?? {
      inventoryItemId: r.inventory_item_id,
      locationId: r.stock_location_id,
      adjustment: 0,
    }
    entry.adjustment--
    counts.set(key, entry)
  }
  return [...counts.values()]
}

/**
 * Removes the units an import's written chunks created, with their
 * `received` events, newest chunk first, 10,000 a transaction, and lowers
 * Medusa's `stocked_quantity` by one for each removed unit its chunk had
 * counted. A unit someone already acted on is kept (with a note event, as a
 * receipt's own rollback does), and so is its stock.
 */
export async function undoSerialImportChunks(
  container: MedusaContainer,
  receipts: ImportedUnitReceipt[]
): Promise<void> {
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const purged = new Set<string>()
  for (let end = receipts.length; end > 0; end -= UNDO_BATCH) {
    const result = await service.purgeCreatedSerialNumbers(
      receipts
        .slice(Math.max(0, end - UNDO_BATCH), end)
        .map(({ id, received_event_id }) => ({ id, received_event_id })),
      { keepTouched: true }
    )
    result.purged.forEach((id) => purged.add(id))
  }
  const lower = stockToLower(receipts, purged)
  if (lower.length) {
    await container.resolve(Modules.INVENTORY).adjustInventory(lower)
  }
}
