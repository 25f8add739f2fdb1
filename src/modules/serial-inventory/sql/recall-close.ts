import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  allowEventPurge,
  type RecallUnitsWritten,
  sqlIdBase,
  SQL_ROW_ID,
  UNSHIPPED_OPEN_STAGES_SQL,
} from "./recall-apply"

/**
 * For a `defective` close: ends the open allocations (allocated or picked)
 * of the campaign's recalled units, keeping each one's id and stage on the
 * recall unit row so an undo can restore it. Two statements.
 */
export async function releaseRecalledAllocations(
  knex: Knex,
  recallId: string
): Promise<number> {
  await knex.raw(
    `UPDATE serial_recall_unit ru
     SET released_allocation_id = sa.id, released_allocation_stage = sa.stage, updated_at = now()
     FROM serial_allocation sa, serial_number sn
     WHERE ru.recall_id = ? AND ru.blocked AND ru.deleted_at IS NULL
       AND sn.id = ru.serial_number_id AND sn.status = 'recalled'
       AND sa.serial_number_id = sn.id AND sa.deleted_at IS NULL
       AND sa.stage IN ${UNSHIPPED_OPEN_STAGES_SQL}`,
    [recallId]
  )
  const result = await knex.raw(
    `UPDATE serial_allocation sa SET stage = 'released', released_at = now(), updated_at = now()
     FROM serial_recall_unit ru
     WHERE ru.recall_id = ? AND sa.id = ru.released_allocation_id`,
    [recallId]
  )
  return result.rowCount ?? 0
}

/**
 * Gives a campaign's recalled units their next status and writes one event
 * each naming the campaign: `release` puts a unit still on an order line
 * back to `reserved` on it and any other back to `in_stock`
 * (`recall_released`); `defective` marks them `defective`
 * (`marked_defective`). Also sums, per `full` item and location, the
 * released units that count as Medusa stock again (`in_stock`, or
 * `reserved` and not picked). One statement; the update locks the units.
 */
export async function closeRecallUnits(
  knex: Knex,
  recallId: string,
  disposition: "release" | "defective",
  actor: { actor_type: string; actor_id: string | null; note: string | null }
): Promise<RecallUnitsWritten> {
  const result = await knex.raw(
    `WITH upd AS (
       UPDATE serial_number sn SET updated_at = now(), status = CASE
         WHEN ?::text = 'defective' THEN 'defective'
         WHEN EXISTS (SELECT 1 FROM serial_allocation sa
                      WHERE sa.serial_number_id = sn.id AND sa.deleted_at IS NULL
                        AND sa.stage IN ${UNSHIPPED_OPEN_STAGES_SQL}) THEN 'reserved'
         ELSE 'in_stock' END
       FROM serial_recall_unit ru
       WHERE ru.recall_id = ? AND ru.blocked AND ru.deleted_at IS NULL
         AND sn.id = ru.serial_number_id AND sn.status = 'recalled'
       RETURNING sn.id, sn.status, sn.inventory_item_id, sn.stock_location_id),
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
       SELECT ${SQL_ROW_ID("sev")}, placed.id,
              CASE WHEN placed.status = 'defective' THEN 'marked_defective' ELSE 'recall_released' END,
              'recalled', placed.status, ?, ?, placed.stock_location_id, ?,
              jsonb_build_object('recall_id', ?::text),
              placed.order_id, placed.line_item_id, placed.fulfillment_id,
              clock_timestamp(), clock_timestamp()
       FROM placed
       RETURNING 1),
     stock AS (
       SELECT placed.inventory_item_id, placed.stock_location_id AS location_id,
              count(*)::int AS adjustment
       FROM placed
       JOIN serial_tracking_policy p
         ON p.inventory_item_id = placed.inventory_item_id AND p.mode = 'full'
        AND p.deleted_at IS NULL
       WHERE placed.stock_location_id IS NOT NULL
         AND (placed.status = 'in_stock'
              OR (placed.status = 'reserved' AND placed.stage IS DISTINCT FROM 'picked'))
       GROUP BY placed.inventory_item_id, placed.stock_location_id)
     SELECT (SELECT count(*) FROM upd)::int AS units,
            (SELECT count(*) FROM ev)::int AS events,
            coalesce((SELECT json_agg(stock ORDER BY inventory_item_id, location_id) FROM stock), '[]') AS stock`,
    [
      disposition,
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
 * Undoes a close that its workflow rolls back: units whose latest status
 * event is still the close's go back to `recalled`, allocations the close
 * ended are open again at their stage, the close's events are deleted and
 * the campaign is applied again. Five statements.
 */
export async function undoRecallClose(
  knex: Knex,
  recallId: string
): Promise<void> {
  await knex.raw(
    `UPDATE serial_number sn SET status = 'recalled', updated_at = now()
     FROM serial_recall_unit ru
     WHERE ru.recall_id = ? AND ru.blocked AND sn.id = ru.serial_number_id
       AND sn.status <> 'recalled'
       AND (SELECT e.type IN ('recall_released', 'marked_defective')
                   AND e.data->>'recall_id' = ?
            FROM serial_event e
            WHERE e.serial_number_id = sn.id AND e.to_status IS NOT NULL
            ORDER BY e.created_at DESC, e.id DESC LIMIT 1)`,
    [recallId, recallId]
  )
  await knex.raw(
    `UPDATE serial_allocation sa SET stage = ru.released_allocation_stage,
       released_at = NULL, updated_at = now()
     FROM serial_recall_unit ru
     WHERE ru.recall_id = ? AND sa.id = ru.released_allocation_id AND sa.stage = 'released'`,
    [recallId]
  )
  await knex.raw(
    `UPDATE serial_recall_unit SET released_allocation_id = NULL,
       released_allocation_stage = NULL
     WHERE recall_id = ? AND released_allocation_id IS NOT NULL`,
    [recallId]
  )
  await allowEventPurge(knex)
  await knex.raw(
    `DELETE FROM serial_event
     WHERE type IN ('recall_released', 'marked_defective') AND data->>'recall_id' = ?
       AND serial_number_id IN (SELECT serial_number_id FROM serial_recall_unit WHERE recall_id = ?)`,
    [recallId, recallId]
  )
  await knex.raw(
    `UPDATE serial_recall SET status = 'applied', disposition = NULL, close_note = NULL,
       closed_at = NULL, updated_at = now()
     WHERE id = ? AND status = 'closed'`,
    [recallId]
  )
}
