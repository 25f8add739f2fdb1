import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import {
  SerialInboundStatus,
  type SerialInboundConfirmation,
} from "../../../types/serial-inbound"
import { SerialTrackingMode } from "../../../types/tracking-policy"
import { inboundLineTallies, loadPolicies, lockSerialInbound } from "../sql"
import { inboundLineCounts, listForMessage, serialError } from "../utils"
import { assertInboundOpen } from "./inbound-errors"
import { inboundExtras, scannedInboundRows } from "./scanned-inbound-rows"

/**
 * Confirms an open manifest: refuses while any line has extra scans
 * (`serial_inbound_extra_scans`, naming them) or nothing was scanned
 * (`serial_inbound_nothing_scanned`), or a scanned item is no longer tracked
 * `full`; then marks it `confirmed`, sets each line's `confirmed_quantity`
 * to its scanned serials, and returns those serials for the receipt.
 * Missing pre-entered serials do not block: they stay unscanned on the record.
 */
export async function confirmSerialInbound(
  knex: Knex,
  id: string
): Promise<SerialInboundConfirmation> {
  const inbound = await lockSerialInbound(knex, id)
  assertInboundOpen(inbound, "confirm")
  const lines = await inboundLineTallies(knex, [inbound.id])
  const scanned = await scannedInboundRows(knex, inbound.id)
  const extras = inboundExtras(lines.map(inboundLineCounts), scanned)
  if (extras.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.INBOUND_EXTRA_SCANS,
      `Serial inbound ${inbound.id} has extra scans; undo them before confirming: ${extras.join("; ")}`
    )
  }
  if (!scanned.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.INBOUND_NOTHING_SCANNED,
      `Serial inbound ${inbound.id} has no scanned serials to receive`
    )
  }
  const items = [...new Set(scanned.map((r) => r.inventory_item_id))]
  const policies = await loadPolicies(knex, items, { lock: true })
  const untracked = items.filter(
    (item) =>
      !policies.some(
        (p) =>
          p.inventory_item_id === item && p.mode === SerialTrackingMode.FULL
      )
  )
  if (untracked.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.TRACKING_DISABLED,
      `No longer tracked "full", cannot receive: ${listForMessage(untracked)}`
    )
  }
  await knex("serial_inbound").where({ id: inbound.id }).update({
    status: SerialInboundStatus.CONFIRMED,
    confirmed_at: knex.fn.now(),
    updated_at: knex.fn.now(),
  })
  await knex.raw(
    `UPDATE serial_inbound_line l
     SET confirmed_quantity = (
       SELECT count(*) FROM serial_inbound_serial s
       WHERE s.line_id = l.id AND s.deleted_at IS NULL AND s.scan_count > 0),
       updated_at = clock_timestamp()
     WHERE l.inbound_id = ? AND l.deleted_at IS NULL`,
    [inbound.id]
  )
  return {
    inbound_id: inbound.id,
    stock_location_id: inbound.stock_location_id,
    supplier_reference: inbound.supplier_reference ?? inbound.reference,
    rows: scanned.map(({ inventory_item_id, serial, attributes }) => ({
      inventory_item_id,
      serial,
      attributes,
    })),
  }
}

/**
 * Puts a confirmed or canceled manifest back to `open` (compensation of
 * confirm and cancel): clears the confirmation and the confirmed quantities.
 */
export async function reopenSerialInbound(
  knex: Knex,
  id: string,
  from: SerialInboundStatus
): Promise<void> {
  const changed = await knex("serial_inbound")
    .where({ id, status: from })
    .update({
      status: SerialInboundStatus.OPEN,
      confirmed_at: null,
      canceled_at: null,
      updated_at: knex.fn.now(),
    })
  if (changed && from === SerialInboundStatus.CONFIRMED) {
    await knex("serial_inbound_line")
      .where({ inbound_id: id })
      .update({ confirmed_quantity: null, updated_at: knex.fn.now() })
  }
}

/** Cancels an open manifest: nothing is received, nothing on it changes after. */
export async function cancelSerialInbound(
  knex: Knex,
  id: string
): Promise<void> {
  const inbound = await lockSerialInbound(knex, id)
  assertInboundOpen(inbound, "cancel")
  await knex("serial_inbound").where({ id: inbound.id }).update({
    status: SerialInboundStatus.CANCELED,
    canceled_at: knex.fn.now(),
    updated_at: knex.fn.now(),
  })
}
