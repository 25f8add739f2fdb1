import type { AllocateLineInput } from "../../../modules/serial-inventory/operations"
import { SerialAllocationStage } from "../../../types/serial-allocation-stage"

export interface ReconcileLine {
  id: string
  quantity: number
  fulfilled_quantity: number
  /** The variant's inventory items (a kit has several), with units per line unit. */
  inventory_items: { inventory_item_id: string; required_quantity: number }[]
}

export interface ReconcileReservation {
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
}

export interface ReconcileAllocation {
  line_item_id: string
  inventory_item_id: string
  stage: string
}

/** How many `allocated` units a line keeps of one inventory item; the rest go back. */
export interface LineUnitTarget {
  line_item_id: string
  inventory_item_id: string
  keep: number
  note: string
}

/** Picked units on a line that is gone: they belong to a fulfillment, so they stay. */
export interface HeldLineUnits {
  line_item_id: string
  inventory_item_id: string
  picked: number
}

export interface SerialReconciliationPlan {
  targets: LineUnitTarget[]
  top_ups: AllocateLineInput[]
  held: HeldLineUnits[]
}

export interface PlanSerialReconciliationInput {
  order_id: string
  /** Null when the order does not exist. */
  order: { canceled: boolean; lines: ReconcileLine[] } | null
  reservations: ReconcileReservation[]
  /** The order's allocations that are not released (open ones and returned ones). */
  allocations: ReconcileAllocation[]
  /** Why, for the release notes (`order edit` gives "order edit: line removed"). */
  reason: string
}

const FULFILLED_STAGES: string[] = [
  SerialAllocationStage.PICKED,
  SerialAllocationStage.SHIPPED,
  SerialAllocationStage.DELIVERED,
  SerialAllocationStage.RETURNED,
]
const OPEN_FULFILLED_STAGES = FULFILLED_STAGES.filter(
  (s) => s !== SerialAllocationStage.RETURNED
)

/**
 * What an order change means for the order's units, as data. Per line and
 * inventory item, the line keeps as many `allocated` units as it still
 * wants unfulfilled (its reservations' quantity; without a reservation,
 * line quantity minus fulfilled, times the kit's required quantity), plus
 * any units Medusa fulfilled without the plugin recording which (those may
 * have left the building, so they are never given back blindly). A line
 * that is gone keeps none. Reserved lines are topped up to that number
 * through the allocation step, whose `quantity` counts every open
 * allocation, so the line's picked and shipped units are added to it. A
 * canceled or missing order plans nothing (the cancel flow owns it).
 */
export function planSerialReconciliation(
  input: PlanSerialReconciliationInput
): SerialReconciliationPlan {
  const plan: SerialReconciliationPlan = { targets: [], top_ups: [], held: [] }
  if (!input.order || input.order.canceled) {
    return plan
  }
  const lines = new Map(input.order.lines.map((l) => [l.id, l]))
  const key = (lineId: string, itemId: string) => `${lineId}\u0000${itemId}`
  const pairs = new Map<string, [string, string]>()
  for (const r of [...input.allocations, ...input.reservations]) {
    pairs.set(key(r.line_item_id, r.inventory_item_id), [
      r.line_item_id,
      r.inventory_item_id,
    ])
  }
  for (const [lineId, itemId] of pairs.values()) {
    const onPair = <
      T extends { line_item_id: string; inventory_item_id: string },
    >(
      rows: T[]
    ) =>
      rows.filter(
        (r) => r.line_item_id === lineId && r.inventory_item_id === itemId
      )
    const allocations = onPair(input.allocations)
    const reservations = onPair(input.reservations)
    const count = (stages: string[]) =>
      allocations.filter((a) => stages.includes(a.stage)).length
    const line = lines.get(lineId)
    const removed = !line || line.quantity <= 0
    const perUnit =
      line?.inventory_items.find((i) => i.inventory_item_id === itemId)
        ?.required_quantity ?? 1
    const unfulfilled = reservations.length
      ? reservations.reduce((sum, r) => sum + r.quantity, 0)
      : Math.max(0, (line?.quantity ?? 0) - (line?.fulfilled_quantity ?? 0)) *
        perUnit
    const unrecorded = Math.max(
      0,
      (line?.fulfilled_quantity ?? 0) * perUnit - count(FULFILLED_STAGES)
    )
    const keep = removed ? 0 : unfulfilled + unrecorded
    const note = `${input.reason}: ${removed ? "line removed" : "quantity lowered"}`
    plan.targets.push({
      line_item_id: lineId,
      inventory_item_id: itemId,
      keep,
      note,
    })
    const picked = count([SerialAllocationStage.PICKED])
    if (removed && picked) {
      plan.held.push({
        line_item_id: lineId,
        inventory_item_id: itemId,
        picked,
      })
    }
    if (removed) {
      continue
    }
    // One entry per reservation, each topping the line up to a running total.
    let total = unrecorded + count(OPEN_FULFILLED_STAGES)
    for (const r of reservations) {
      total += r.quantity
      plan.top_ups.push({
        order_id: input.order_id,
        line_item_id: lineId,
        inventory_item_id: itemId,
        stock_location_id: r.location_id,
        quantity: total,
      })
    }
  }
  return plan
}
