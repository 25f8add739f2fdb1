import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialOrderFlowEventData } from "../../../types/events"
import { SerialAllocationStage } from "../../../types/serial-allocation-stage"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import {
  countReturnedPerLine,
  findByNormalizedSerials,
  insertSerialEvents,
  lockSerialNumbers,
  returnAllocationsOf,
  updateAllocationRows,
  updateSerialNumberRows,
} from "../sql"
import {
  listForMessage,
  normalizeSerial,
  planReturn,
  type ReturnPlanSerial,
  type ReturnPlanUnit,
  serialError,
} from "../utils"
import { actorFields } from "./actor-fields"
import { emptyUndo, type OrderFlowUndo } from "./undo-order-flow-step"

export interface ReturnSerialNumbersInput {
  return_id: string
  order_id: string
  /** Where the return comes back to (restocked units go there). */
  stock_location_id: string | null
  received: boolean
  lines: { line_item_id: string; quantity: number }[]
  serials: ReturnPlanSerial[]
}

export interface ReturnSerialNumbersResult {
  units: SerialOrderFlowEventData[]
  /** Units marked defective per inventory item (to take out of stocked quantity). */
  defective: {
    inventory_item_id: string
    location_id: string
    quantity: number
  }[]
  undo: OrderFlowUndo
}

const DISPOSITION = {
  restock: { status: "in_stock", type: SerialEventType.RESTOCKED },
  defective: { status: "defective", type: SerialEventType.MARKED_DEFECTIVE },
} as const

/**
 * Records which units came back on a return, all-or-nothing: each becomes
 * `returned` (allocation stage `returned`, an event naming the return),
 * then its disposition moves it on: `restock` to `in_stock` at the return's
 * location, `defective` to `defective` there. Every bad serial is named
 * with the reason and nothing is written.
 */
export async function returnSerialNumbers(
  knex: Knex,
  input: ReturnSerialNumbersInput,
  actor: SerialActorContext = {}
): Promise<ReturnSerialNumbersResult> {
  const found = await findByNormalizedSerials(knex, [
    ...new Set(input.serials.map((s) => normalizeSerial(s.serial))),
  ])
  const rows = await lockSerialNumbers(
    knex,
    found.map((f) => f.id)
  )
  const allocationOf = new Map(
    (
      await returnAllocationsOf(
        knex,
        rows.map((r) => r.id)
      )
    ).map((a) => [a.serial_number_id, a])
  )
  const units = new Map<string, ReturnPlanUnit>(
    rows.map((r) => [
      r.normalized_serial,
      { ...(r as any), allocation: allocationOf.get(r.id) ?? null },
    ])
  )
  const plan = planReturn({
    order_id: input.order_id,
    return_id: input.return_id,
    received: input.received,
    lines: input.lines,
    recorded: await countReturnedPerLine(knex, input.return_id),
    serials: input.serials,
    units,
  })
  if (plan.problems.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.RETURN_INVALID,
      `Cannot record the return's serials: ${listForMessage(plan.problems, 20)}`
    )
  }
  const now = new Date().toISOString()
  const undo = emptyUndo()
  const before = new Map(
    plan.returns.map((r) => [r.allocation_id, allocationOf.get(r.unit.id)!])
  )
  const closed = await updateAllocationRows(
    knex,
    plan.returns.map((r) => ({
      id: r.allocation_id,
      expected_stage: before.get(r.allocation_id)!.stage,
      stage: SerialAllocationStage.RETURNED,
      return_id: input.return_id,
      returned_at: now,
    })),
    ["stage", "return_id", "returned_at"]
  )
  const full = new Map(rows.map((r) => [r.id, r]))
  const finalOf = (r: (typeof plan.returns)[number]) =>
    r.disposition ? DISPOSITION[r.disposition].status : "returned"
  const written = await updateSerialNumberRows(
    knex,
    plan.returns.map((r) => ({
      id: r.unit.id,
      status: finalOf(r),
      expected_status: "sold",
      stock_location_id: r.disposition
        ? input.stock_location_id
        : full.get(r.unit.id)!.stock_location_id,
    })),
    ["status", "stock_location_id"],
    true
  )
  if (
    closed.length !== plan.returns.length ||
    written !== plan.returns.length
  ) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.CONCURRENT_CHANGE,
      "A returned unit changed concurrently, nothing was recorded"
    )
  }
  const refs = (r: (typeof plan.returns)[number]) => ({
    order_id: input.order_id,
    line_item_id: r.line_item_id,
    return_id: input.return_id,
  })
  const returnedIds = await insertSerialEvents(
    knex,
    plan.returns.map((r) => ({
      serial_number_id: r.unit.id,
      type: SerialEventType.RETURNED,
      from_status: "sold",
      to_status: "returned",
      stock_location_id: input.stock_location_id,
      ...actorFields({ ...actor, note: r.note ?? actor.note }),
      ...refs(r),
    }))
  )
  const moved = plan.returns.filter((r) => r.disposition)
  const movedIds = await insertSerialEvents(
    knex,
    moved.map((r) => ({
      serial_number_id: r.unit.id,
      type: DISPOSITION[r.disposition!].type,
      from_status: "returned",
      to_status: DISPOSITION[r.disposition!].status,
      stock_location_id: input.stock_location_id,
      ...actorFields({ ...actor, note: r.note ?? actor.note }),
      ...refs(r),
    }))
  )
  const lastEvent = new Map(
    plan.returns.map((r, i) => [r.unit.id, returnedIds[i]])
  )
  moved.forEach((r, i) => lastEvent.set(r.unit.id, movedIds[i]))
  undo.allocations = plan.returns.map((r) => ({
    ...before.get(r.allocation_id)!,
    return_id: null,
    returned_at: null,
    to_stage: SerialAllocationStage.RETURNED,
  }))
  undo.units = plan.returns.map((r) => {
    const u = full.get(r.unit.id)!
    return {
      id: u.id,
      status: "sold",
      to_status: finalOf(r),
      warranty_starts_at: u.warranty_starts_at,
      warranty_expires_at: u.warranty_expires_at,
      stock_location_id: u.stock_location_id,
      event_id: lastEvent.get(u.id)!,
    }
  })
  const defective = new Map<string, number>()
  for (const r of moved.filter((m) => m.disposition === "defective")) {
    const item = full.get(r.unit.id)!.inventory_item_id as string
    defective.set(item, (defective.get(item) ?? 0) + 1)
  }
  return {
    units: plan.returns.map((r) => ({
      id: r.unit.id,
      serial: r.unit.serial,
      ...refs(r),
    })),
    defective: [...defective].map(([inventory_item_id, quantity]) => ({
      inventory_item_id,
      location_id: input.stock_location_id!,
      quantity,
    })),
    undo,
  }
}
