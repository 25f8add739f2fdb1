import type { MedusaContainer } from "@medusajs/framework/types"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { SerialNumberReceipt } from "../../../types/serial-records"

/** Units rolled back per transaction. */
const UNDO_BATCH = 10000

/**
 * Removes the units an import's written chunks created, with their
 * `received` events, newest chunk first, 10,000 a transaction. A unit someone
 * already acted on is kept, with a note event saying so (as a receipt's own
 * rollback does). What a chunk did besides creating units (a stock level
 * raised by a later step of `importSerialNumberChunkWorkflow`) is undone here too.
 */
export async function undoSerialImportChunks(
  container: MedusaContainer,
  receipts: SerialNumberReceipt[]
): Promise<void> {
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  for (let end = receipts.length; end > 0; end -= UNDO_BATCH) {
    await service.purgeCreatedSerialNumbers(
      receipts.slice(Math.max(0, end - UNDO_BATCH), end),
      { keepTouched: true }
    )
  }
}
