import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SERIAL_NUMBER_STATUSES } from "../../../types/serial-number-status"
import type { SerialUnitRecipientOrder } from "../../../types/serial-unit-filter"
import type { SerialUnitNarrowing } from "./serial-unit-filter"

/** An order that received units of a set: when the first shipped, and how many. */
export interface SerialUnitRecipientTally {
  order_id: string
  shipped_at: string
  unit_count: number
}

/**
 * The allocations that shipped units of the set, whatever became of them
 * since (delivered, returned): a unit that shipped on an order reached that
 * order's customer. Released (never shipped) allocations are left out.
 */
function shippedAllocations(knex: Knex, narrow: SerialUnitNarrowing) {
  const units = narrow(
    knex("serial_number").select("serial_number.id", "serial_number.serial")
  )
  return knex
    .from("serial_allocation as a")
    .join(units.as("u"), "u.id", "a.serial_number_id")
    .whereNull("a.deleted_at")
    .whereNotNull("a.shipped_at")
}

/** Units of the set per status, every status present (one statement). */
export async function countSerialUnitsPerStatus(
  knex: Knex,
  narrow: SerialUnitNarrowing
): Promise<Record<string, number>> {
  const rows = (await narrow(knex("serial_number"))
    .select("serial_number.status")
    .count("* as count")
    .groupBy("serial_number.status")) as { status: string; count: string }[]
  const counts = Object.fromEntries(SERIAL_NUMBER_STATUSES.map((s) => [s, 0]))
  for (const row of rows) {
    counts[row.status] = Number(row.count)
  }
  return counts
}

/**
 * Every order that received units of the set, with its first ship date and
 * unit count, by ship date (one statement, however many units and orders).
 */
export async function unitRecipientTallies(
  knex: Knex,
  narrow: SerialUnitNarrowing
): Promise<SerialUnitRecipientTally[]> {
  const rows = await shippedAllocations(knex, narrow)
    .select("a.order_id")
    .min("a.shipped_at as shipped_at")
    .count("* as unit_count")
    .groupBy("a.order_id")
    .orderBy([{ column: "shipped_at" }, { column: "a.order_id" }])
  return (rows as any[]).map((r) => ({
    order_id: r.order_id,
    shipped_at: new Date(r.shipped_at).toISOString(),
    unit_count: Number(r.unit_count),
  }))
}

/**
 * The units of the set these orders received (serial, line, stage, ship
 * and return dates), grouped by order, in the order of `orderIds`. One
 * statement; the caller picks the orders (a page of the tallies).
 */
export async function unitRecipientOrders(
  knex: Knex,
  narrow: SerialUnitNarrowing,
  orderIds: string[]
): Promise<SerialUnitRecipientOrder[]> {
  if (!orderIds.length) {
    return []
  }
  const rows = (await shippedAllocations(knex, narrow)
    .whereIn("a.order_id", orderIds)
    .select("a.order_id")
    .min("a.shipped_at as shipped_at")
    .select(
      knex.raw(
        `json_agg(json_build_object(
           'id', u.id, 'serial', u.serial, 'line_item_id', a.line_item_id,
           'stage', a.stage, 'shipped_at', a.shipped_at, 'returned_at', a.returned_at
         ) ORDER BY u.serial, a.shipped_at) AS serial_numbers`
      )
    )
    .groupBy("a.order_id")) as any[]
  const byId = new Map(rows.map((r) => [r.order_id, r]))
  return orderIds
    .filter((id) => byId.has(id))
    .map((id) => {
      const r = byId.get(id)
      return {
        order_id: r.order_id,
        shipped_at: new Date(r.shipped_at).toISOString(),
        serial_numbers: r.serial_numbers,
      }
    })
}
