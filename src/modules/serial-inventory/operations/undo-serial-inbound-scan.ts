import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialInboundSerialsUndo } from "../../../types/serial-inbound"
import { lockSerialInbound, restoreInboundSerials } from "../sql"
import { serialError } from "../utils"
import { assertInboundOpen } from "./inbound-errors"

/**
 * Takes one scan back on an open manifest: a pre-entered serial becomes
 * unscanned (missing again), an unexpected one is removed (soft delete).
 * 404 (`serial_inbound_scan_not_found`) for a row that is not a scan of this
 * manifest. Returns the undo record that puts the scan back.
 */
export async function undoSerialInboundScan(
  knex: Knex,
  inboundId: string,
  scanId: string
): Promise<SerialInboundSerialsUndo> {
  const inbound = await lockSerialInbound(knex, inboundId)
  assertInboundOpen(inbound, "undo a scan")
  const row = await knex("serial_inbound_serial")
    .where({ id: scanId, inbound_id: inbound.id })
    .where("scan_count", ">", 0)
    .whereNull("deleted_at")
    .first("id", "expected", "scan_count", "scanned_at", "deleted_at")
  if (!row) {
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.INBOUND_SCAN_NOT_FOUND,
      `No scan ${scanId} on serial inbound ${inbound.id}`
    )
  }
  await knex("serial_inbound_serial")
    .where({ id: row.id })
    .update(
      row.expected
        ? { scan_count: 0, scanned_at: null, updated_at: knex.fn.now() }
        : { deleted_at: knex.fn.now(), updated_at: knex.fn.now() }
    )
  const { id, scan_count, scanned_at, deleted_at } = row
  return {
    inbound_id: inbound.id,
    inserted_ids: [],
    restored: [{ id, scan_count, scanned_at, deleted_at }],
  }
}

/** Puts manifest rows back as an undo record has them (compensation of a scan or an undo), while it is open. */
export async function revertSerialInboundSerials(
  knex: Knex,
  undo: SerialInboundSerialsUndo
): Promise<void> {
  const inbound = await lockSerialInbound(knex, undo.inbound_id)
  if (inbound.status === "open") {
    await restoreInboundSerials(knex, undo)
  }
}
