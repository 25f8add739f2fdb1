import { normalizeSerial } from "./normalize-serial"

export type ReturnDisposition = "restock" | "defective"

export interface ReturnPlanSerial {
  serial: string
  disposition?: ReturnDisposition | null
  note?: string | null
}

/** A unit a returned serial names, with the allocation that shipped it on this order (if any). */
export interface ReturnPlanUnit {
  id: string
  serial: string
  status: string
  /** Its open allocation, or its allocation closed by this return. */
  allocation?: {
    id: string
    order_id: string
    line_item_id: string
    stage: string
    return_id: string | null
  } | null
}

export interface ReturnPlanInput {
  order_id: string
  return_id: string
  /** Whether Medusa has received the return (a disposition needs it). */
  received: boolean
  /** The return's lines: line item id and how many units it takes back. */
  lines: { line_item_id: string; quantity: number }[]
  /** Serials already recorded on this return, per line item id. */
  recorded: Map<string, number>
  serials: ReturnPlanSerial[]
  units: Map<string, ReturnPlanUnit>
}

export interface PlannedReturn {
  unit: ReturnPlanUnit
  allocation_id: string
  line_item_id: string
  disposition: ReturnDisposition | null
  note: string | null
}

/**
 * Checks the serials a return brings back, without writing: each must have
 * shipped on the return's order, on a line the return includes, with no
 * more per line than the return takes; every problem names the serial or
 * line and why. Pure, so each rule has a unit test.
 */
export function planReturn(input: ReturnPlanInput): {
  returns: PlannedReturn[]
  problems: string[]
} {
  const problems: string[] = []
  const returns: PlannedReturn[] = []
  const seen = new Set<string>()
  const wanted = new Map(input.lines.map((l) => [l.line_item_id, l.quantity]))
  const counts = new Map(input.recorded)
  for (const s of input.serials) {
    const key = normalizeSerial(s.serial)
    if (seen.has(key)) {
      problems.push(`serial ${s.serial} is listed more than once`)
      continue
    }
    seen.add(key)
    const unit = input.units.get(key)
    const a = unit?.allocation
    if (!unit) {
      problems.push(`serial ${s.serial} is not a known unit`)
    } else if (!a || a.order_id !== input.order_id) {
      problems.push(
        `serial ${s.serial} never shipped on order ${input.order_id}`
      )
    } else if (a.stage === "returned") {
      problems.push(
        a.return_id === input.return_id
          ? `serial ${s.serial} is already recorded on this return`
          : `serial ${s.serial} already came back on return ${a.return_id}`
      )
    } else if (a.stage !== "shipped" && a.stage !== "delivered") {
      problems.push(
        `serial ${s.serial} never shipped on order ${input.order_id} (it is ${a.stage})`
      )
    } else if (unit.status !== "sold") {
      problems.push(
        `serial ${s.serial} is ${unit.status}, only sold units can come back on a return`
      )
    } else if (!wanted.has(a.line_item_id)) {
      problems.push(
        `serial ${s.serial} shipped on line ${a.line_item_id}, which this return does not include`
      )
    } else if (s.disposition && !input.received) {
      problems.push(
        `serial ${s.serial}: a disposition needs the return received in Medusa first`
      )
    } else {
      counts.set(a.line_item_id, (counts.get(a.line_item_id) ?? 0) + 1)
      returns.push({
        unit,
        allocation_id: a.id,
        line_item_id: a.line_item_id,
        disposition: s.disposition ?? null,
        note: s.note ?? null,
      })
    }
  }
  for (const [line, n] of counts) {
    const max = wanted.get(line) ?? 0
    if (n > max) {
      problems.push(
        `line ${line}: the return takes ${max} unit(s), ${n} serial(s) would be recorded`
      )
    }
  }
  return { returns, problems }
}
