import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** A WHERE fragment on a unit aliased `sn`, with its bindings in order. */
export interface SqlFragment {
  sql: string
  bindings: Knex.RawBinding[]
}

/** Allocation stages at which a unit is with the customer it shipped to. */
export const SHIPPED_STAGES_SQL = "('shipped', 'delivered')"

/** One order units of a set shipped on: who to reach. */
export interface UnitRecipientRow {
  order_id: string
  shipped_at: string | null
  unit_count: number
  /** The first serials (at most 20) shipped on the order, by serial. */
  serials: string[]
}

/**
 * For a recall: the orders the units of a set (a WHERE fragment on `sn`) shipped on and
 * are still out with (allocation stage shipped or delivered), one row per
 * order with its first ship date, unit count and first serials, oldest
 * first; paged. One statement plus one for the total. The order's display
 * id and email are Medusa's: the caller reads them with `query.graph` for
 * the page's order ids.
 */
export async function recallRecipients(
  knex: Knex,
  units: SqlFragment,
  page: { limit: number; offset: number }
): Promise<{ rows: UnitRecipientRow[]; count: number }> {
  const from = `FROM serial_number sn
     JOIN serial_allocation sa
       ON sa.serial_number_id = sn.id AND sa.deleted_at IS NULL
      AND sa.stage IN ${SHIPPED_STAGES_SQL}
     WHERE ${units.sql}`
  const result = await knex.raw(
    `SELECT sa.order_id, min(sa.shipped_at) AS shipped_at,
            count(*)::int AS unit_count,
            (array_agg(sn.serial ORDER BY sn.serial))[1:20] AS serials
     ${from}
     GROUP BY sa.order_id
     ORDER BY min(sa.shipped_at), sa.order_id
     LIMIT ?::int OFFSET ?::int`,
    [...units.bindings, page.limit, page.offset]
  )
  const total = await knex.raw(
    `SELECT count(DISTINCT sa.order_id)::int AS count ${from}`,
    units.bindings
  )
  return {
    rows: result.rows.map((r: any) => ({
      ...r,
      shipped_at: r.shipped_at ? new Date(r.shipped_at).toISOString() : null,
    })),
    count: total.rows[0].count,
  }
}
