import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { StockLevelAdjustment } from "../utils/counts-as-stock"
import { newEntityId } from "../utils/entity-id"
import { SHIPPED_STAGES_SQL, type SqlFragment } from "./recall-recipients"

/** Open allocation stages a recalled unit can be at (on a line, not shipped). */
export const UNSHIPPED_OPEN_STAGES_SQL = "('allocated', 'picked')"

/**
 * The start of ids for rows a statement inserts: the first 20 characters of
 * a fresh monotonic ULID; the statement appends 6 hex digits of the row
 * number (`'sev_' || base || lpad(...)`), so ids keep Medusa's
 * `<prefix>_<26 characters>` shape, unique and time-ordered.
 */
export function sqlIdBase(): string {
  return newEntityId("x").slice(2, 22)
}

export const SQL_ROW_ID = (prefix: string) =>
  `'${prefix}_' || ?::text || lpad(upper(to_hex(row_number() OVER ())), 6, '0')`

/** The campaign's row, locked for the rest of the transaction (null when unknown). */
export async function lockRecall(
  knex: Knex,
  recallId: string
): Promise<any | null> {
  const result = await knex.raw(
    `SELECT * FROM serial_recall WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
    [recallId]
  )
  return result.rows[0] ?? null
}

/**
 * Records every matched unit of a campaign in `serial_recall_unit`: its
 * status, whether the apply blocks it (in stock or reserved) and whether it
 * is out with a customer. One statement; returns the counts.
 */
export async function insertRecallUnits(
  knex: Knex,
  recallId: string,
  units: SqlFragment
): Promise<{ matched: number; blocked: number; shipped: number }> {
  const result = await knex.raw(
    `WITH ins AS (
       INSERT INTO serial_recall_unit
         (id, recall_id, serial_number_id, status_before, blocked, shipped, created_at, updated_at)
       SELECT ${SQL_ROW_ID("srclu")}, ?, sn.id, sn.status,
              sn.status IN ('in_stock', 'reserved'),
              EXISTS (SELECT 1 FROM serial_allocation sa
                      WHERE sa.serial_number_id = sn.id AND sa.deleted_at IS NULL
                        AND sa.stage IN ${SHIPPED_STAGES_SQL}),
              now(), now()
       FROM serial_number sn
       WHERE ${units.sql}
       RETURNING blocked, shipped)
     SELECT count(*)::int AS matched,
            count(*) FILTER (WHERE blocked)::int AS blocked,
            count(*) FILTER (WHERE shipped)::int AS shipped
     FROM ins`,
    [sqlIdBase(), recallId, ...units.bindings]
  )
  return result.rows[0]
}

/** What a block or release wrote, and what it did to Medusa's stock. */
export interface RecallUnitsWritten {
  units: number
  events: number
  /** Per `full` item and location: -1 per blocked unit that counted as stock, +1 per released one that counts again. */
  stock: StockLevelAdjustment[]
}

/**
 * Blocks a campaign's blockable units (status `recalled`, guarded on the
 * status they had: a unit changed since is left out, and the caller
 * aborts) and writes one `recalled` event each naming the campaign and, for
 * a unit on an order line, its order and line; also sums, per `full` item
 * and location, the blocked units that counted as Medusa stock (`in_stock`,
 * or `reserved` and not picked). One statement; the update's row locks
 * are the only locks the units need.
 */
export async function blockRecallUnits(
  knex: Knex,
  recallId: string,
  actor: { actor_type: string; actor_id: string | null; note: string | null }
): Promise<RecallUnitsWritten> {
  const result = await knex.raw(
    `WITH upd AS (
       UPDATE serial_number sn SET status = 'recalled', updated_at = now()
       FROM serial_recall_unit ru
       WHERE ru.recall_id = ? AND ru.blocked AND ru.deleted_at IS NULL
         AND sn.id = ru.serial_number_id AND sn.status = ru.status_before
         AND sn.deleted_at IS NULL
       RETURNING sn.id, sn.inventory_item_id, sn.stock_location_id, ru.status_before),
     placed AS (
       SELECT upd.*, sa.order_id, sa.line_item_id, sa.fulfillment_id, sa.stage
       FROM upd
       LEFT JOIN serial_allocation sa
         ON sa.serial_number_id = upd.id AND sa.deleted_at IS NULL
        AND sa.stage IN ${UNSHIPPED_OPEN_STAGES_SQL}),
     ev AS (
       INSERT INTO serial_event
         (id, serial_number_id, type, from_status, to_status, actor_type, actor_id,
          stock_location_id, note, data, order_id, line_item_id, fulfillment_id,
          created_at, updated_at)
       SELECT ${SQL_ROW_ID("sev")}, placed.id, 'recalled', placed.status_before, 'recalled',
              ?, ?, placed.stock_location_id, ?, jsonb_build_object('recall_id', ?::text),
              placed.order_id, placed.line_item_id, placed.fulfillment_id,
              clock_timestamp(), clock_timestamp()
       FROM placed
       RETURNING 1),
     stock AS (
       SELECT placed.inventory_item_id, placed.stock_location_id AS location_id,
              -count(*)::int AS adjustment
       FROM placed
       JOIN serial_tracking_policy p
         ON p.inventory_item_id = placed.inventory_item_id AND p.mode = 'full'
        AND p.deleted_at IS NULL
       WHERE placed.stock_location_id IS NOT NULL
         AND (placed.status_before = 'in_stock'
              OR (placed.status_before = 'reserved' AND placed.stage IS DISTINCT FROM 'picked'))
       GROUP BY placed.inventory_item_id, placed.stock_location_id)
     SELECT (SELECT count(*) FROM upd)::int AS units,
            (SELECT count(*) FROM ev)::int AS events,
            coalesce((SELECT json_agg(stock ORDER BY inventory_item_id, location_id) FROM stock), '[]') AS stock`,
    [
      recallId,
      sqlIdBase(),
      actor.actor_type,
      actor.actor_id,
      actor.note,
      recallId,
    ]
  )
  return result.rows[0]
}

/**
 * Lets this transaction delete the events of a recall step being rolled
 * back: the append-only trigger allows DELETE only under this
 * transaction-local flag (set also by a receipt's rollback).
 */
export async function allowEventPurge(knex: Knex): Promise<void> {
  await knex.raw(
    `SELECT set_config('serial_inventory.purge_created_units', 'on', true)`
  )
}

/**
 * Undoes an apply that its workflow rolls back: units still `recalled` by
 * it (its event still their latest) go back to their status before, its
 * events and unit rows are deleted, and the campaign is a draft again.
 * Four statements.
 */
export async function undoRecallApply(
  knex: Knex,
  recallId: string
): Promise<void> {
  await knex.raw(
    `UPDATE serial_number sn SET status = ru.status_before, updated_at = now()
     FROM serial_recall_unit ru
     WHERE ru.recall_id = ? AND ru.blocked AND sn.id = ru.serial_number_id
       AND sn.status = 'recalled'
       AND (SELECT e.type = 'recalled' AND e.data->>'recall_id' = ?
            FROM serial_event e
            WHERE e.serial_number_id = sn.id AND e.to_status IS NOT NULL
            ORDER BY e.created_at DESC, e.id DESC LIMIT 1)`,
    [recallId, recallId]
  )
  await allowEventPurge(knex)
  await knex.raw(
    `DELETE FROM serial_event WHERE type = 'recalled' AND data->>'recall_id' = ?
       AND serial_number_id IN (SELECT serial_number_id FROM serial_recall_unit WHERE recall_id = ?)`,
    [recallId, recallId]
  )
  await knex.raw(`DELETE FROM serial_recall_unit WHERE recall_id = ?`, [
    recallId,
  ])
  await knex.raw(
    `UPDATE serial_recall SET status = 'draft', matched_count = 0, blocked_count = 0,
       shipped_count = 0, applied_at = NULL, updated_at = now()
     WHERE id = ? AND status = 'applied'`,
    [recallId]
  )
}
