import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialOrderFlowEventData } from "../../../types/events"
import { SerialAllocationStage } from "../../../types/serial-allocation-stage"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import {
  countOpenAllocationsOnLine,
  findByNormalizedSerials,
  insertAllocations,
  insertSerialEvents,
  loadPolicies,
  lockAllocationsWhere,
  lockLine,
  lockSerialNumbers,
  openAllocationsOf,
  updateAllocationRows,
} from "../sql"
import {
  listForMessage,
  newEntityId,
  normalizeSerial,
  planPick,
  type PickPlanUnit,
  type PlannedPick,
  serialError,
} from "../utils"
import { actorFields } from "./actor-fields"
import { receiveSerialNumbers } from "./receive-serial-numbers"
import { releaseAllocationsWithUndo } from "./release-allocations"
import {
  emptyUndo,
  type OrderFlowUndo,
  undoUnitsOf,
} from "./undo-order-flow-step"
import { assertNotRecalled } from "./recall-errors"
import { writeStatuses } from "./write-statuses"

export interface PickFulfillmentLine {
  line_item_id: string
  inventory_item_id: string
  /** Units of this item the fulfillment takes for the line. */
  quantity: number
  /** Units of this item the line holds in all (its quantity x required quantity). */
  line_quantity: number
}

export interface PickFulfillmentInput {
  order_id: string
  fulfillment_id: string
  stock_location_id: string
  lines: PickFulfillmentLine[]
  /** Scanned serials per line item id (`additional_data.serial_numbers`). */
  serials_by_line?: Record<string, string[]> | null
}

export interface PickFulfillmentResult {
  /** The picked allocations (stage `picked`, linked to the fulfillment). */
  picked: Record<string, any>[]
  /** Allocations released because another unit was picked in their place. */
  swapped_out: Record<string, any>[]
  /** Units created at pick from unknown serials of `outbound` items. */
  captured: string[]
  /** One entry per picked unit, for `serial_number.picked`. */
  units: SerialOrderFlowEventData[]
  undo: OrderFlowUndo
}

/**
 * Records which units leave in a fulfillment, all-or-nothing. Tracked lines
 * (`full` or `outbound`) ship the serials scanned for them, or without
 * serials the units allocated to them; every problem is reported at once
 * with the serial or line and why, and nothing is written. A scanned unit
 * in stock takes the place of one of the line's allocated units (released,
 * with an event saying why); an unknown serial of an `outbound` item becomes
 * a unit. Picked units stay `reserved`, stage `picked`, with a `picked`
 * event naming order, line and fulfillment. Lines are locked as in
 * allocation, so a line never holds more open allocations than its quantity.
 */
export async function pickFulfillment(
  knex: Knex,
  input: PickFulfillmentInput,
  actor: SerialActorContext = {}
): Promise<PickFulfillmentResult> {
  const result: PickFulfillmentResult = {
    picked: [],
    swapped_out: [],
    captured: [],
    units: [],
    undo: emptyUndo(),
  }
  const items = [...new Set(input.lines.map((l) => l.inventory_item_id))]
  const policies = await loadPolicies(knex, items, { lock: true })
  const modeOf = new Map(policies.map((p) => [p.inventory_item_id, p.mode]))
  const lines = input.lines.map((l) => ({
    ...l,
    mode: modeOf.get(l.inventory_item_id) ?? null,
  }))
  const tracked = lines.filter(
    (l) => l.mode === "full" || l.mode === "outbound"
  )
  const serialsGiven = Object.values(input.serials_by_line ?? {}).flat()
  if (!tracked.length && !serialsGiven.length) {
    return result
  }
  for (const l of [...tracked].sort((a, b) =>
    `${a.line_item_id}:${a.inventory_item_id}`.localeCompare(
      `${b.line_item_id}:${b.inventory_item_id}`
    )
  )) {
    await lockLine(knex, l.line_item_id, l.inventory_item_id)
  }
  const units = await lockScannedUnits(knex, serialsGiven)
  const allocated = tracked.length
    ? await lockAllocationsWhere(knex, {
        line_item_id: [...new Set(tracked.map((l) => l.line_item_id))],
        stage: SerialAllocationStage.ALLOCATED,
      })
    : []
  const plan = planPick({
    order_id: input.order_id,
    stock_location_id: input.stock_location_id,
    lines,
    serials_by_line: input.serials_by_line,
    units,
    allocated: allocated as any[],
  })
  if (plan.problems.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.PICK_INVALID,
      `Cannot pick fulfillment serials: ${listForMessage(plan.problems, 20)}`
    )
  }
  if (plan.lacking.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.SERIALS_REQUIRED,
      `Serial numbers are required for line(s) ${listForMessage(plan.lacking, 20)}: send additional_data.serial_numbers { [line_item_id]: [serials] }`
    )
  }
  const captured = await capture(knex, input, plan.picks, actor)
  result.captured = captured.map((c) => c.id)
  const swapped = await swapOut(knex, input, plan.picks, allocated, actor)
  result.swapped_out = swapped.released
  result.undo.units.push(...swapped.undo.units)
  result.undo.allocations.push(...swapped.undo.allocations)
  const now = new Date().toISOString()
  // Units that were in stock (swapped in or captured) become reserved on the line.
  const incoming = plan.picks.filter((p) => p.kind !== "allocated")
  const inStock = await lockSerialNumbers(
    knex,
    incoming.map((p) => p.serial_number_id!)
  )
  await writeStatuses(
    knex,
    inStock.map((u) => ({
      id: u.id,
      status: "reserved",
      expected_status: "in_stock",
      warranty_starts_at: u.warranty_starts_at,
      warranty_expires_at: u.warranty_expires_at,
    }))
  )
  const created = await insertAllocations(
    knex,
    incoming.map((p) => ({
      id: newEntityId("salloc"),
      serial_number_id: p.serial_number_id,
      inventory_item_id: p.inventory_item_id,
      order_id: input.order_id,
      line_item_id: p.line_item_id,
      stock_location_id: input.stock_location_id,
      stage: SerialAllocationStage.ALLOCATED,
      allocated_at: now,
    }))
  )
  if (created.length !== incoming.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.CONCURRENT_CHANGE,
      "A scanned unit was allocated concurrently to another line, nothing was picked"
    )
  }
  const byUnit = new Map(created.map((a) => [a.serial_number_id, a.id]))
  const pickedIds = plan.picks.map(
    (p) => p.allocation_id ?? byUnit.get(p.serial_number_id!)!
  )
  const before = new Map(allocated.map((a) => [a.id, a]))
  result.picked = await updateAllocationRows(
    knex,
    pickedIds.map((id) => ({
      id,
      expected_stage: SerialAllocationStage.ALLOCATED,
      stage: SerialAllocationStage.PICKED,
      fulfillment_id: input.fulfillment_id,
      picked_at: now,
    })),
    ["stage", "fulfillment_id", "picked_at"]
  )
  if (result.picked.length !== pickedIds.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.CONCURRENT_CHANGE,
      "An allocation changed concurrently, nothing was picked"
    )
  }
  result.undo.created_allocation_ids = created.map((a) => a.id)
  for (const id of pickedIds) {
    const row = before.get(id)
    if (row) {
      result.undo.allocations.push({ ...row, to_stage: "picked" })
    }
  }
  const allUnits = await lockSerialNumbers(
    knex,
    plan.picks.map((p) => p.serial_number_id!)
  )
  // An allocated unit a recall blocked is never picked (a scanned one is refused by the
  // plan); refusing here rolls back the whole pick, and costs no extra statement.
  await assertNotRecalled(knex, allUnits as any, "pick")
  const wasInStock = new Set(incoming.map((p) => p.serial_number_id))
  const lineOf = new Map(plan.picks.map((p) => [p.serial_number_id, p]))
  const eventIds = await insertSerialEvents(
    knex,
    allUnits.map((u) => ({
      serial_number_id: u.id,
      type: SerialEventType.PICKED,
      from_status: wasInStock.has(u.id) ? "in_stock" : "reserved",
      to_status: "reserved",
      stock_location_id: input.stock_location_id,
      ...actorFields(actor),
      order_id: input.order_id,
      line_item_id: lineOf.get(u.id)!.line_item_id,
      fulfillment_id: input.fulfillment_id,
    }))
  )
  result.units = allUnits.map((u) => ({
    id: u.id,
    serial: u.serial,
    order_id: input.order_id,
    line_item_id: lineOf.get(u.id)!.line_item_id,
    fulfillment_id: input.fulfillment_id,
  }))
  result.undo.units.push(
    ...undoUnitsOf(
      allUnits,
      eventIds,
      (u) => (wasInStock.has(u.id) ? "in_stock" : "reserved"),
      "reserved"
    )
  )
  return result
}

/** Locks the units the scanned serials name, keyed by normalized serial, with their open allocations. */
async function lockScannedUnits(
  knex: Knex,
  serials: string[]
): Promise<Map<string, PickPlanUnit>> {
  const found = await findByNormalizedSerials(knex, [
    ...new Set(serials.map((s) => normalizeSerial(s))),
  ])
  const rows = await lockSerialNumbers(
    knex,
    found.map((f) => f.id)
  )
  const open = new Map(
    (
      await openAllocationsOf(
        knex,
        rows.map((r) => r.id)
      )
    ).map((a) => [a.serial_number_id, a])
  )
  return new Map(
    rows.map((r) => [
      r.normalized_serial,
      { ...(r as PickPlanUnit), allocation: open.get(r.id) ?? null },
    ])
  )
}

/**
 * Creates the units of unknown `outbound` serials, in stock at the
 * fulfillment's location (a rolled-back pick leaves them there: the serial
 * was scanned from a real unit).
 */
async function capture(
  knex: Knex,
  input: PickFulfillmentInput,
  picks: PlannedPick[],
  actor: SerialActorContext
) {
  const wanted = picks.filter((p) => p.kind === "capture")
  if (!wanted.length) {
    return []
  }
  const received = await receiveSerialNumbers(
    knex,
    wanted.map((p) => ({
      serial: p.serial!,
      inventory_item_id: p.inventory_item_id,
      stock_location_id: input.stock_location_id,
    })),
    { ...actor, note: "captured at pick" }
  )
  received.forEach((r, i) => {
    wanted[i].serial_number_id = r.id
  })
  return received
}

/**
 * Makes room on lines where scanned units replace allocated ones: as many of
 * the line's unscanned `allocated` units as would put it over its quantity
 * are released (newest first), with a note naming the replacements.
 */
async function swapOut(
  knex: Knex,
  input: PickFulfillmentInput,
  picks: PlannedPick[],
  allocated: Record<string, any>[],
  actor: SerialActorContext
) {
  const kept = new Set(picks.map((p) => p.allocation_id).filter(Boolean))
  const toRelease: string[] = []
  const notes: string[] = []
  for (const line of input.lines) {
    const incoming = picks.filter(
      (p) =>
        p.kind !== "allocated" &&
        p.line_item_id === line.line_item_id &&
        p.inventory_item_id === line.inventory_item_id
    )
    if (!incoming.length) {
      continue
    }
    const open = await countOpenAllocationsOnLine(
      knex,
      line.line_item_id,
      line.inventory_item_id
    )
    const excess = open + incoming.length - line.line_quantity
    if (excess <= 0) {
      continue
    }
    const spare = allocated
      .filter(
        (a) =>
          a.line_item_id === line.line_item_id &&
          a.inventory_item_id === line.inventory_item_id &&
          !kept.has(a.id)
      )
      .reverse()
      .slice(0, excess)
    if (spare.length < excess) {
      throw serialError(
        MedusaError.Types.INVALID_DATA,
        SerialErrorCode.PICK_INVALID,
        `line ${line.line_item_id} would hold more units than its quantity ${line.line_quantity}`
      )
    }
    toRelease.push(...spare.map((a) => a.id))
    notes.push(...incoming.map((p) => p.serial!))
  }
  return releaseAllocationsWithUndo(knex, toRelease, {
    ...actor,
    note: `swapped at pick for ${listForMessage(notes, 20)}`,
  })
}
