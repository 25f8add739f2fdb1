import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialNumberReceipt } from "../../../types/serial-records"
import { insertSerialEvents, lockSerialNumbers } from "../sql"
import { listForMessage, serialError } from "../utils"

export interface RollBackCreatedResult {
  /** Units deleted with their `received` event. */
  purged: string[]
  /** Units kept because something happened to them after their receipt. */
  kept: string[]
}

/**
 * Takes back the units of a receipt whose workflow is being rolled back.
 * Each unit must be named with the `received` event its receipt wrote (an
 * unguessable id only that receipt's caller holds), so this cannot delete
 * any other unit (`serial_number_receipt_mismatch`). A unit with nothing but
 * that event is deleted with it: the one place the append-only trigger lets
 * events go, through a transaction-local flag. A unit that gained history in
 * between (another request reserved it, or added a note) is real to somebody
 * now: by default that refuses the whole call (`serial_number_has_history`);
 * with `keepTouched` such units stay, each with a `note` event saying its
 * receipt was rolled back.
 */
export async function rollBackCreatedSerialNumbers(
  knex: Knex,
  receipts: SerialNumberReceipt[],
  options: { keepTouched?: boolean; note?: string } = {}
): Promise<RollBackCreatedResult> {
  // Lock first, so no transition can add history between the check and the delete.
  const serialNumbers = await lockSerialNumbers(
    knex,
    receipts.map((r) => r.id)
  )
  const events: { id: string; serial_number_id: string; type: string }[] =
    await knex("serial_event")
      .whereIn(
        "serial_number_id",
        serialNumbers.map((s) => s.id)
      )
      .select("id", "serial_number_id", "type")
  const receiptOf = new Map(receipts.map((r) => [r.id, r.received_event_id]))
  const received = new Set(
    events
      .filter(
        (e) =>
          e.type === SerialEventType.RECEIVED &&
          receiptOf.get(e.serial_number_id) === e.id
      )
      .map((e) => e.serial_number_id)
  )
  const foreign = receipts.filter((r) => !received.has(r.id))
  if (foreign.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.RECEIPT_MISMATCH,
      `Only the receipt that created a unit can roll it back; these are not units of the given receipt: ${listForMessage(foreign.map((r) => r.id))}`
    )
  }
  const touched = new Set(
    events
      .filter((e) => receiptOf.get(e.serial_number_id) !== e.id)
      .map((e) => e.serial_number_id)
  )
  const kept = serialNumbers.filter((s) => touched.has(s.id))
  if (kept.length && !options.keepTouched) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.HAS_HISTORY,
      `Serial number(s) with history beyond their receipt cannot be purged: ${listForMessage(kept.map((s) => s.serial))}`
    )
  }
  const purged = serialNumbers
    .filter((s) => !touched.has(s.id))
    .map((s) => s.id)
  if (purged.length) {
    await knex.raw("SET LOCAL serial_inventory.purge_created_units = 'on'")
    await knex("serial_event").whereIn("serial_number_id", purged).delete()
    await knex("serial_number").whereIn("id", purged).delete()
    await knex.raw("SET LOCAL serial_inventory.purge_created_units = 'off'")
  }
  await insertSerialEvents(
    knex,
    kept.map((s) => ({
      serial_number_id: s.id,
      type: SerialEventType.NOTE,
      stock_location_id: s.stock_location_id,
      note:
        options.note ??
        "The batch that received this unit was rolled back; the unit is kept because it has later history",
      data: { receipt_rolled_back: true },
    }))
  )
  return { purged, kept: kept.map((s) => s.id) }
}
