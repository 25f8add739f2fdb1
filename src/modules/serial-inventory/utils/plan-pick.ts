import { normalizeSerial } from "./normalize-serial"

/** One inventory item of one line in a fulfillment, with its item's tracking mode. */
export interface PickPlanLine {
  line_item_id: string
  inventory_item_id: string
  /** Units of this item the fulfillment takes for the line. */
  quantity: number
  mode: string | null
}

/** A known unit a serial names, with its open allocation if it has one. */
export interface PickPlanUnit {
  id: string
  serial: string
  inventory_item_id: string
  stock_location_id: string | null
  status: string
  allocation?: {
    id: string
    order_id: string
    line_item_id: string
    stage: string
    fulfillment_id: string | null
  } | null
}

/** A line's units still at stage `allocated`, oldest first. */
export interface PickPlanAllocation {
  id: string
  serial_number_id: string
  line_item_id: string
  inventory_item_id: string
}

export type PickKind = "allocated" | "swap" | "capture"

/** What happens to one unit at pick. */
export interface PlannedPick {
  line_item_id: string
  inventory_item_id: string
  kind: PickKind
  serial: string | null
  /** The unit (absent for a capture: it does not exist yet). */
  serial_number_id: string | null
  /** The allocation picked as it is (kind `allocated`). */
  allocation_id: string | null
}

export interface PickPlan {
  picks: PlannedPick[]
  /** Bad serials and counts, each naming the serial or line and why. */
  problems: string[]
  /** Tracked lines given no serials and holding too few allocated units. */
  lacking: string[]
}

export interface PickPlanInput {
  order_id: string
  stock_location_id: string
  lines: PickPlanLine[]
  serials_by_line?: Record<string, string[]> | null
  /** Known units by normalized serial. */
  units: Map<string, PickPlanUnit>
  /** The fulfillment's tracked lines' allocations at stage `allocated`. */
  allocated: PickPlanAllocation[]
}

const TRACKED = new Set(["full", "outbound"])

/**
 * Decides, without writing, which unit each tracked line of a fulfillment
 * ships: the serials scanned for it (each checked against the line's item,
 * the fulfillment's location, its status and its allocation), or without
 * serials the units already allocated to it. Pure, so every rule has a unit
 * test; the operation locks and reads, then writes what this returns.
 */
export function planPick(input: PickPlanInput): PickPlan {
  const problems: string[] = []
  const lacking: string[] = []
  const picks: PlannedPick[] = []
  const byLine = new Map<string, PickPlanLine[]>()
  for (const line of input.lines) {
    byLine.set(line.line_item_id, [
      ...(byLine.get(line.line_item_id) ?? []),
      line,
    ])
  }
  const given = input.serials_by_line ?? {}
  for (const lineId of Object.keys(given)) {
    const items = byLine.get(lineId)
    if (!items) {
      problems.push(`line ${lineId} is not in this fulfillment`)
    } else if (!items.some((i) => TRACKED.has(i.mode ?? ""))) {
      problems.push(
        `line ${lineId}: its item is not serial-tracked, send no serials for it`
      )
    }
  }
  const seen = new Set<string>()
  for (const [lineId, items] of byLine) {
    const tracked = items.filter((i) => TRACKED.has(i.mode ?? ""))
    if (!tracked.length) {
      continue
    }
    const serials = given[lineId]
    if (!serials?.length) {
      for (const item of tracked) {
        const mine = input.allocated.filter(
          (a) =>
            a.line_item_id === lineId &&
            a.inventory_item_id === item.inventory_item_id
        )
        if (item.mode !== "full" || mine.length < item.quantity) {
          lacking.push(
            `${lineId} (${item.inventory_item_id}: needs ${item.quantity}, ${
              item.mode === "full" ? mine.length : 0
            } allocated)`
          )
          continue
        }
        for (const a of mine.slice(0, item.quantity)) {
          picks.push({
            line_item_id: lineId,
            inventory_item_id: item.inventory_item_id,
            kind: "allocated",
            serial: null,
            serial_number_id: a.serial_number_id,
            allocation_id: a.id,
          })
        }
      }
      continue
    }
    const counts = new Map<string, number>()
    for (const serial of serials) {
      const key = normalizeSerial(serial)
      if (seen.has(key)) {
        problems.push(`serial ${serial} is listed more than once`)
        continue
      }
      seen.add(key)
      const pick = pickOne(input, lineId, tracked, serial, key)
      if (typeof pick === "string") {
        problems.push(pick)
        continue
      }
      picks.push(pick)
      counts.set(
        pick.inventory_item_id,
        (counts.get(pick.inventory_item_id) ?? 0) + 1
      )
    }
    for (const item of tracked) {
      const n = counts.get(item.inventory_item_id) ?? 0
      if (n !== item.quantity) {
        problems.push(
          `line ${lineId}: ${n} serial(s) of inventory item ${item.inventory_item_id} for ${item.quantity} unit(s) fulfilled`
        )
      }
    }
  }
  return { picks, problems, lacking }
}

function pickOne(
  input: PickPlanInput,
  lineId: string,
  tracked: PickPlanLine[],
  serial: string,
  key: string
): PlannedPick | string {
  const unit = input.units.get(key)
  if (!unit) {
    const outbound = tracked.filter((i) => i.mode === "outbound")
    if (outbound.length === 1) {
      return {
        line_item_id: lineId,
        inventory_item_id: outbound[0].inventory_item_id,
        kind: "capture",
        serial,
        serial_number_id: null,
        allocation_id: null,
      }
    }
    return `serial ${serial} is not a known unit (line ${lineId}'s item is tracked in full: receive it first)`
  }
  const item = tracked.find(
    (i) => i.inventory_item_id === unit.inventory_item_id
  )
  if (!item) {
    return `serial ${serial} is a unit of inventory item ${unit.inventory_item_id}, not of line ${lineId}'s item`
  }
  if (unit.stock_location_id !== input.stock_location_id) {
    return `serial ${serial} is at location ${unit.stock_location_id ?? "(none)"}, the fulfillment ships from ${input.stock_location_id}`
  }
  const base = {
    line_item_id: lineId,
    inventory_item_id: unit.inventory_item_id,
    serial: unit.serial,
    serial_number_id: unit.id,
  }
  const a = unit.allocation
  if (a) {
    if (a.line_item_id !== lineId) {
      return a.order_id === input.order_id
        ? `serial ${serial} is allocated to another line of this order (${a.line_item_id})`
        : `serial ${serial} is allocated to order ${a.order_id}`
    }
    if (a.stage !== "allocated") {
      return `serial ${serial} is already ${a.stage}${
        a.fulfillment_id ? ` (fulfillment ${a.fulfillment_id})` : ""
      }`
    }
    return { ...base, kind: "allocated", allocation_id: a.id }
  }
  if (unit.status !== "in_stock") {
    return `serial ${serial} is ${unit.status}, only units in stock or allocated to this line can be picked`
  }
  return { ...base, kind: "swap", allocation_id: null }
}
