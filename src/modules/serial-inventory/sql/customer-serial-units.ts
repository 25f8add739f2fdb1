import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SerialAllocationStage } from "../../../types/serial-allocation-stage"

/** A unit that left on one of a customer's orders, with where its allocation stands. */
export interface CustomerSerialUnitRow {
  serial: string
  inventory_item_id: string
  order_id: string
  line_item_id: string
  stage: "shipped" | "delivered" | "returned"
  shipped_at: Date | null
  delivered_at: Date | null
  returned_at: Date | null
  warranty_starts_at: Date | null
  warranty_expires_at: Date | null
}

/** Stages of a unit that reached the customer (a returned one did too). */
const RECEIVED_STAGES = [
  SerialAllocationStage.SHIPPED,
  SerialAllocationStage.DELIVERED,
  SerialAllocationStage.RETURNED,
]

/**
 * The units shipped on the given orders (allocations `shipped`, `delivered`
 * or `returned`), one row per unit (its latest such allocation on these
 * orders, should it have shipped to the same customer twice), newest
 * shipment first, then serial; plus the total. One statement. A `returned`
 * row carries no warranty dates: the unit's warranty may be a later buyer's.
 */
export async function customerSerialUnits(
  knex: Knex,
  orderIds: string[],
  page: { limit: number; offset: number }
): Promise<{ rows: CustomerSerialUnitRow[]; count: number }> {
  if (!orderIds.length) {
    return { rows: [], count: 0 }
  }
  const { rows } = await knex.raw(
    `SELECT u.*, count(*) OVER () AS total FROM (
       SELECT DISTINCT ON (a.serial_number_id)
              sn.serial, sn.normalized_serial, a.inventory_item_id, a.order_id,
              a.line_item_id, a.stage, a.shipped_at, a.delivered_at, a.returned_at,
              CASE WHEN a.stage = ? THEN NULL ELSE sn.warranty_starts_at END AS warranty_starts_at,
              CASE WHEN a.stage = ? THEN NULL ELSE sn.warranty_expires_at END AS warranty_expires_at
       FROM serial_allocation a
       JOIN serial_number sn ON sn.id = a.serial_number_id AND sn.deleted_at IS NULL
       WHERE a.order_id = ANY(?) AND a.stage = ANY(?) AND a.deleted_at IS NULL
       ORDER BY a.serial_number_id, a.shipped_at DESC NULLS LAST, a.id DESC
     ) u
     ORDER BY u.shipped_at DESC NULLS LAST, u.normalized_serial, u.serial
     LIMIT ? OFFSET ?`,
    [
      SerialAllocationStage.RETURNED,
      SerialAllocationStage.RETURNED,
      orderIds,
      RECEIVED_STAGES,
      page.limit,
      page.offset,
    ]
  )
  let count = rows.length ? Number(rows[0].total) : 0
  if (!rows.length && page.offset > 0) {
    // Past the end: the window count is not there, count on its own.
    const [{ n }] = (
      await knex.raw(
        `SELECT count(DISTINCT a.serial_number_id)::int AS n
         FROM serial_allocation a
         JOIN serial_number sn ON sn.id = a.serial_number_id AND sn.deleted_at IS NULL
         WHERE a.order_id = ANY(?) AND a.stage = ANY(?) AND a.deleted_at IS NULL`,
        [orderIds, RECEIVED_STAGES]
      )
    ).rows
    count = n
  }
  return {
    rows: rows.map(({ total, normalized_serial, ...row }: any) => row),
    count,
  }
}
