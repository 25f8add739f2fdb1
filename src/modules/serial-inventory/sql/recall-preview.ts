import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialRecallPreview } from "../../../types/serial-recall"
import { SHIPPED_STAGES_SQL, type SqlFragment } from "./recall-recipients"

/** Statuses a recall blocks: in stock, or on an order line and not shipped. */
export const BLOCKABLE_STATUSES = ["in_stock", "reserved"]

/**
 * What a recall over `units` (a WHERE fragment on `sn`) covers, without
 * writing: counts per status and location, the units applying would block,
 * and the shipped units with their distinct orders. Two statements for any
 * number of units.
 */
export async function previewRecallUnits(
  knex: Knex,
  units: SqlFragment
): Promise<SerialRecallPreview> {
  const counts = await knex.raw(
    `SELECT sn.status, sn.stock_location_id, count(*)::int AS count
     FROM serial_number sn
     WHERE ${units.sql}
     GROUP BY sn.status, sn.stock_location_id
     ORDER BY sn.status, sn.stock_location_id`,
    units.bindings
  )
  const shipped = await knex.raw(
    `SELECT count(*)::int AS units, count(DISTINCT sa.order_id)::int AS orders
     FROM serial_number sn
     JOIN serial_allocation sa
       ON sa.serial_number_id = sn.id AND sa.deleted_at IS NULL
      AND sa.stage IN ${SHIPPED_STAGES_SQL}
     WHERE ${units.sql}`,
    units.bindings
  )
  const rows = counts.rows as {
    status: string
    stock_location_id: string | null
    count: number
  }[]
  const perStatus = new Map<string, number>()
  for (const r of rows) {
    perStatus.set(r.status, (perStatus.get(r.status) ?? 0) + r.count)
  }
  return {
    matched: rows.reduce((s, r) => s + r.count, 0),
    blockable: rows
      .filter((r) => BLOCKABLE_STATUSES.includes(r.status))
      .reduce((s, r) => s + r.count, 0),
    shipped: shipped.rows[0].units,
    per_status: [...perStatus].map(([status, count]) => ({ status, count })),
    per_location: rows,
    customer_count: shipped.rows[0].orders,
  }
}
