import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CLOSED_ALLOCATION_STAGES } from "../../../types/serial-allocation-stage"
import { asJson } from "./knex"

export interface LineKey {
  line_item_id: string
  inventory_item_id: string
}

const lineLockKey = (l: LineKey) =>
  `serial_allocation_line:${l.line_item_id}:${l.inventory_item_id}`

/**
 * Locks an order line's share of one inventory item for this transaction
 * (an advisory lock on the pair, so it holds across processes and needs no
 * row of Medusa's): whoever counts those allocations and adds to them holds
 * it. A kit line has one share per inventory item.
 */
export async function lockLine(
  knex: Knex,
  lineItemId: string,
  inventoryItemId: string
): Promise<void> {
  await knex.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [
    lineLockKey({
      line_item_id: lineItemId,
      inventory_item_id: inventoryItemId,
    }),
  ])
}

/**
 * `lockLine` for many lines in one statement, taken in sorted order (so two
 * callers over overlapping lines cannot deadlock).
 */
export async function lockLines(knex: Knex, lines: LineKey[]): Promise<void> {
  const keys = [...new Set(lines.map(lineLockKey))].sort()
  if (!keys.length) {
    return
  }
  await knex.raw(
    `SELECT pg_advisory_xact_lock(hashtext(k))
     FROM unnest(?::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n`,
    [keys]
  )
}

/**
 * Open allocations per line and inventory item, for many lines in one
 * statement: a map from `line_item_id:inventory_item_id` to the count
 * (absent when zero).
 */
export async function countOpenAllocationsOnLines(
  knex: Knex,
  lines: LineKey[]
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const unique = [
    ...new Map(
      lines.map((l) => [`${l.line_item_id}:${l.inventory_item_id}`, l])
    ).values(),
  ]
  if (!unique.length) {
    return counts
  }
  // By line id alone (its index), then the pairs asked for.
  const result = await knex.raw(
    `SELECT line_item_id, inventory_item_id, count(*)::int AS n
     FROM serial_allocation
     WHERE line_item_id = ANY(?::text[])
       AND stage <> ALL(?::text[]) AND deleted_at IS NULL
     GROUP BY line_item_id, inventory_item_id`,
    [[...new Set(unique.map((l) => l.line_item_id))], CLOSED_ALLOCATION_STAGES]
  )
  const wanted = new Set(
    unique.map((l) => `${l.line_item_id}:${l.inventory_item_id}`)
  )
  for (const row of result.rows) {
    const key = `${row.line_item_id}:${row.inventory_item_id}`
    if (wanted.has(key)) counts.set(key, row.n)
  }
  return counts
}

/** How many open allocations a line has of one inventory item (one statement). */
export async function countOpenAllocationsOnLine(
  knex: Knex,
  lineItemId: string,
  inventoryItemId: string
): Promise<number> {
  const result = await knex.raw(
    `SELECT count(*)::int AS n FROM serial_allocation
     WHERE line_item_id = ? AND inventory_item_id = ?
       AND stage <> ALL(?::text[]) AND deleted_at IS NULL`,
    [lineItemId, inventoryItemId, CLOSED_ALLOCATION_STAGES]
  )
  return result.rows[0].n
}

/**
 * Inserts allocation rows in one statement; returns those inserted. A row
 * whose unit already has an open allocation is skipped by the partial unique
 * index (the caller compares counts).
 */
export async function insertAllocations(
  knex: Knex,
  rows: Record<string, unknown>[]
): Promise<Record<string, any>[]> {
  if (!rows.length) {
    return []
  }
  const result = await knex.raw(
    `INSERT INTO serial_allocation (id, serial_number_id, inventory_item_id,
       order_id, line_item_id, stock_location_id, stage, allocated_at,
       created_at, updated_at)
     SELECT id, serial_number_id, inventory_item_id, order_id, line_item_id,
       stock_location_id, stage, allocated_at, now(), now()
     FROM jsonb_to_recordset(?::jsonb) AS r(id text, serial_number_id text,
       inventory_item_id text, order_id text, line_item_id text,
       stock_location_id text, stage text, allocated_at timestamptz)
     ON CONFLICT DO NOTHING
     RETURNING *`,
    [asJson(rows)]
  )
  return result.rows
}
