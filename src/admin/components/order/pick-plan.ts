import { readScan } from "../../../modules/serial-inventory/utils/read-scan"
import type { AdminOrderLineSerialNumbers } from "../../../types/http"

/** One line of a fulfillment being prepared: how many to fulfill and the serials picked. */
export interface PickLine {
  line_item_id: string
  title: string
  sku: string | null
  inventory_item_ids: string[]
  /** `full` or `outbound` when any of its items is tracked, else `none`. */
  tracking: "none" | "outbound" | "full"
  remaining: number
  quantity: number
  /** Serials per unit of the line (a kit line can need several). */
  serials_per_unit: number
  picked: PickedUnit[]
}

/** A unit on a line: its serial, and for a GS1 scan what was scanned (sent, so the server checks its GTIN). */
export interface PickedUnit {
  serial: string
  source: "allocated" | "scanned"
  scan?: string
}

/** What the fulfillment sends for a picked unit: the scan when there was one, else the serial. */
export const pickedValue = (p: PickedUnit) => p.scan ?? p.serial

/** The lines still to fulfill, their allocated units pre-filled as picks. */
export function planPick(
  lines: AdminOrderLineSerialNumbers[],
  remainingByLine: Map<string, number>
): PickLine[] {
  return lines
    .map((line) => {
      const remaining = remainingByLine.get(line.line_item_id) ?? 0
      const tracked = line.inventory_items.filter(
        (ii) => ii.tracking_mode !== "none"
      )
      const perUnit = line.quantity
        ? tracked.reduce((n, ii) => n + ii.quantity / line.quantity, 0)
        : 0
      const allocated = tracked
        .flatMap((ii) => ii.units)
        .filter((u) => u.stage === "allocated")
        .slice(0, remaining * perUnit)
      return {
        line_item_id: line.line_item_id,
        title: line.title,
        sku: line.sku,
        inventory_item_ids: line.inventory_items.map(
          (ii) => ii.inventory_item_id
        ),
        tracking: tracked.some((ii) => ii.tracking_mode === "full")
          ? "full"
          : tracked.length
            ? "outbound"
            : "none",
        remaining,
        quantity: remaining,
        serials_per_unit: perUnit,
        picked: allocated.map((u) => ({
          serial: u.serial,
          source: "allocated" as const,
        })),
      } satisfies PickLine
    })
    .filter((l) => l.remaining > 0)
}

export const neededSerials = (line: PickLine) =>
  line.tracking === "none" ? 0 : line.quantity * line.serials_per_unit

export type ScanOutcome =
  | { ok: true; lines: PickLine[]; message: string }
  | { ok: false; message: string }

/**
 * Puts a scanned serial on a line: the line of its inventory item with room,
 * else one where it can replace an allocated unit (a swap). `input` may be a
 * GS1 element string or Digital Link: it is read (`readScan`, shared with
 * the server) and matched by the serial it names. `unit` is null for a
 * serial the store does not know: an `outbound` line (the active one first)
 * captures it.
 */
export function applyScan(
  lines: PickLine[],
  input: string,
  unit: { inventory_item_id: string } | null,
  activeLineId?: string
): ScanOutcome {
  const reading = readScan(input)
  if ("problem" in reading) {
    return { ok: false, message: reading.problem }
  }
  const { serial, source } = reading.scan
  const norm = (s: string) => s.trim().toLowerCase()
  if (
    lines.some((l) => l.picked.some((p) => norm(p.serial) === norm(serial)))
  ) {
    return { ok: false, message: `${serial} is already picked` }
  }
  const candidates = unit
    ? lines.filter((l) => l.inventory_item_ids.includes(unit.inventory_item_id))
    : lines.filter((l) => l.tracking === "outbound")
  if (!candidates.length) {
    return {
      ok: false,
      message: unit
        ? `${serial} is not an item of the lines to fulfill`
        : `${serial} is not a known serial`,
    }
  }
  const ordered = [
    ...candidates.filter((l) => l.line_item_id === activeLineId),
    ...candidates.filter((l) => l.line_item_id !== activeLineId),
  ]
  const withRoom = ordered.find((l) => l.picked.length < neededSerials(l))
  const swappable = ordered.find((l) =>
    l.picked.some((p) => p.source === "allocated")
  )
  const target = withRoom ?? swappable
  if (!target) {
    return { ok: false, message: `${serial}: every matching line is complete` }
  }
  let message = `${serial} picked for ${target.title}`
  const picked = [...target.picked]
  if (!withRoom) {
    const i = picked.map((p) => p.source).lastIndexOf("allocated")
    message = `${serial} picked for ${target.title} in place of ${picked[i].serial}`
    picked.splice(i, 1)
  }
  picked.push(
    source === "plain"
      ? { serial, source: "scanned" }
      : { serial, source: "scanned", scan: input.trim() }
  )
  return {
    ok: true,
    message,
    lines: lines.map((l) =>
      l.line_item_id === target.line_item_id ? { ...l, picked } : l
    ),
  }
}
