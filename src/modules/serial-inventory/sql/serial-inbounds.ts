import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type {
  SerialInboundDTO,
  SerialInboundSerialsUndo,
} from "../../../types/serial-inbound"
import type {
  InboundScanRow,
  InboundScanUnit,
} from "../utils/classify-inbound-scans"
import type { InboundLineTally } from "../utils/inbound-line-counts"
import { serialError } from "../utils/errors"
import { asJson } from "./knex"

/** The manifest, locked for the rest of the transaction; 404 when there is none. */
export async function lockSerialInbound(
  knex: Knex,
  id: string
): Promise<SerialInboundDTO> {
  const row = await knex("serial_inbound")
    .where({ id })
    .whereNull("deleted_at")
    .forUpdate()
    .first()
  if (!row) {
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.INBOUND_NOT_FOUND,
      `Serial inbound not found: ${id}`
    )
  }
  return row
}

/** Every line of these manifests with what its rows hold: one statement. */
export async function inboundLineTallies(
  knex: Knex,
  inboundIds: string[]
): Promise<(InboundLineTally & { inbound_id: string; attributes: any })[]> {
  const result = await knex.raw(
    `SELECT l.id, l.inbound_id, l.inventory_item_id, l.mode, l.expected_quantity,
            l.confirmed_quantity, l.attributes,
            count(s.id) FILTER (WHERE s.expected AND s.scanned_at IS NOT NULL)::int AS scanned_expected,
            count(s.id) FILTER (WHERE NOT s.expected)::int AS unexpected
     FROM serial_inbound_line l
     LEFT JOIN serial_inbound_serial s ON s.line_id = l.id AND s.deleted_at IS NULL
     WHERE l.inbound_id = ANY(?) AND l.deleted_at IS NULL
     GROUP BY l.id
     ORDER BY l.inbound_id, l.created_at, l.id`,
    [inboundIds]
  )
  return result.rows
}

/** The manifest's live rows for these normalized serials: one statement. */
export async function inboundRowsBySerial(
  knex: Knex,
  inboundId: string,
  keys: string[]
): Promise<InboundScanRow[]> {
  return await knex("serial_inbound_serial")
    .where({ inbound_id: inboundId })
    .whereRaw("normalized_serial = ANY(?)", [keys])
    .whereNull("deleted_at")
    .select(
      "id",
      "line_id",
      "serial",
      "normalized_serial",
      "expected",
      "scan_count"
    )
}

/** Live units with these normalized serials: one statement. */
export async function liveUnitsBySerial(
  knex: Knex,
  keys: string[]
): Promise<InboundScanUnit[]> {
  return await knex("serial_number")
    .whereRaw("normalized_serial = ANY(?)", [keys])
    .whereNull("deleted_at")
    .select(
      "id",
      "normalized_serial",
      "inventory_item_id",
      "status",
      "stock_location_id"
    )
}

/** A manifest row to insert (expected, or scanned without being expected). */
export type InboundSerialInsert = InboundScanRow

/** Inserts manifest rows in one statement; scanned ones (`scan_count` > 0) get `scanned_at` now. */
export async function insertInboundSerials(
  knex: Knex,
  inboundId: string,
  rows: InboundSerialInsert[]
): Promise<void> {
  if (!rows.length) {
    return
  }
  await knex.raw(
    `INSERT INTO serial_inbound_serial
       (id, inbound_id, line_id, serial, normalized_serial, expected, scan_count,
        scanned_at, created_at, updated_at)
     SELECT r.id, ?, r.line_id, r.serial, r.normalized_serial, r.expected, r.scan_count,
            CASE WHEN r.scan_count > 0 THEN clock_timestamp() END,
            clock_timestamp(), clock_timestamp()
     FROM jsonb_to_recordset(?::jsonb) AS r(id text, line_id text, serial text,
       normalized_serial text, expected boolean, scan_count int)`,
    [inboundId, asJson(rows)]
  )
}

/** Sets rows' scan counts (first scan stamps `scanned_at`); returns them as they were. */
export async function setInboundSerialScans(
  knex: Knex,
  updates: { id: string; scan_count: number }[]
): Promise<SerialInboundSerialsUndo["restored"]> {
  if (!updates.length) {
    return []
  }
  const result = await knex.raw(
    `WITH before AS (
       SELECT s.id, s.scan_count, s.scanned_at, s.deleted_at
       FROM serial_inbound_serial s
       WHERE s.id IN (SELECT u.id FROM jsonb_to_recordset(?::jsonb) AS u(id text))
     ), changed AS (
       UPDATE serial_inbound_serial s
       SET scan_count = u.scan_count,
           scanned_at = coalesce(s.scanned_at, clock_timestamp()),
           updated_at = clock_timestamp()
       FROM jsonb_to_recordset(?::jsonb) AS u(id text, scan_count int)
       WHERE s.id = u.id
       RETURNING s.id
     )
     SELECT before.* FROM before JOIN changed USING (id)`,
    [asJson(updates), asJson(updates)]
  )
  return result.rows
}

/** Puts manifest rows back as an undo record has them: deletes inserted rows, restores the others. */
export async function restoreInboundSerials(
  knex: Knex,
  undo: SerialInboundSerialsUndo
): Promise<void> {
  if (undo.inserted_ids.length) {
    await knex("serial_inbound_serial")
      .where({ inbound_id: undo.inbound_id })
      .whereIn("id", undo.inserted_ids)
      .delete()
  }
  if (undo.restored.length) {
    await knex.raw(
      `UPDATE serial_inbound_serial s
       SET scan_count = r.scan_count, scanned_at = r.scanned_at,
           deleted_at = r.deleted_at, updated_at = clock_timestamp()
       FROM jsonb_to_recordset(?::jsonb)
         AS r(id text, scan_count int, scanned_at timestamptz, deleted_at timestamptz)
       WHERE s.id = r.id AND s.inbound_id = ?`,
      [asJson(undo.restored), undo.inbound_id]
    )
  }
}
