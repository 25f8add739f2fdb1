import {
  SerialInboundLineMode,
  SerialInboundScanOutcome as Outcome,
  type SerialInboundScanResult,
} from "../../../types/serial-inbound"
import { normalizeSerial } from "./normalize-serial"
import { gtinProblem, readScanSerial } from "./read-inbound-scan"

/** A manifest line as a scan batch sees it. */
export interface InboundScanLine {
  id: string
  inventory_item_id: string
  mode: SerialInboundLineMode
  expected_quantity: number
  /** Live unexpected rows on the line (a quantity line's scanned serials). */
  unexpected_count: number
}

/** A manifest row whose serial is in the batch. */
export interface InboundScanRow {
  id: string
  line_id: string
  serial: string
  normalized_serial: string
  expected: boolean
  scan_count: number
}

/** A live unit whose serial is in the batch. */
export interface InboundScanUnit {
  id: string
  normalized_serial: string
  inventory_item_id: string
  status: string
  stock_location_id: string | null
}

export interface ClassifyInboundScansInput {
  scans: string[]
  /** The line unexpected serials go to; the only line when omitted and there is one. */
  line_id?: string | null
  lines: InboundScanLine[]
  rows: InboundScanRow[]
  units: InboundScanUnit[]
  /**
   * The GTINs of the lines' items (variants' EAN, UPC, barcode): a GS1 scan
   * whose GTIN is not its line's item's is `wrong_item`. Omitted: not checked.
   */
  item_gtins?: Record<string, string[]>
  newId: () => string
}

export interface ClassifiedInboundScans {
  results: SerialInboundScanResult[]
  /** Existing rows to write: their scan count after the batch. */
  updates: { id: string; scan_count: number }[]
  /** New unexpected rows (quantity-line serials and extras). */
  inserts: {
    id: string
    line_id: string
    serial: string
    normalized_serial: string
    scan_count: number
  }[]
}

function unitText(unit: InboundScanUnit): string {
  return (
    `a live unit ${unit.id} of item ${unit.inventory_item_id} already has this serial ` +
    `(${unit.status}${unit.stock_location_id ? ` at ${unit.stock_location_id}` : ""})`
  )
}

/**
 * Classifies a batch of scans against a manifest, in order, without touching
 * the database: `duplicate_scan` (already scanned here, also earlier in the
 * batch), then `in_stock_elsewhere` / `wrong_item` for serials a live unit
 * has (of this item / of another), `wrong_item` for a serial expected on
 * another line than `line_id`, `matched` for an expected serial, and for an
 * unexpected one: `matched` within a quantity line's count, else `extra`
 * (recorded on the line; without a line to put it on, reported only).
 * Scanner input is read as GS1 or plain (`parseScan`); unreadable or
 * unacceptable serials are `invalid`. Returns the row writes too.
 */
export function classifyInboundScans(
  input: ClassifyInboundScansInput
): ClassifiedInboundScans {
  const lines = new Map(input.lines.map((l) => [l.id, l]))
  const target = input.line_id
    ? lines.get(input.line_id)
    : input.lines.length === 1
      ? input.lines[0]
      : undefined
  const rows = new Map(input.rows.map((r) => [r.normalized_serial, { ...r }]))
  const units = new Map(input.units.map((u) => [u.normalized_serial, u]))
  const counts = new Map(input.lines.map((l) => [l.id, l.unexpected_count]))
  const touched = new Map<string, InboundScanRow>()
  const inserted = new Map<string, InboundScanRow>()
  const results: SerialInboundScanResult[] = input.scans.map((raw) => {
    const read = readScanSerial(raw)
    if ("problem" in read) {
      return result(raw, Outcome.INVALID, null, null, read.problem)
    }
    const { serial } = read
    const key = normalizeSerial(serial)
    const row = rows.get(key)
    const say = (
      o: Outcome,
      r: InboundScanRow | null,
      message: string | null
    ) =>
      result(
        serial,
        o,
        r?.id ?? null,
        r?.line_id ?? target?.id ?? null,
        message
      )
    const line = row ? lines.get(row.line_id) : target
    const wrongGtin = gtinProblem(read, line, input.item_gtins)
    if (wrongGtin) {
      return result(serial, Outcome.WRONG_ITEM, null, line!.id, wrongGtin)
    }
    if (row && row.scan_count > 0) {
      row.scan_count++
      touched.set(row.id, row)
      return say(
        Outcome.DUPLICATE_SCAN,
        row,
        `Already scanned on line ${row.line_id}`
      )
    }
    const unit = units.get(key)
    if (unit) {
      const other = line && unit.inventory_item_id !== line.inventory_item_id
      return {
        ...say(
          other ? Outcome.WRONG_ITEM : Outcome.IN_STOCK_ELSEWHERE,
          null,
          unitText(unit)
        ),
        serial_number: {
          id: unit.id,
          inventory_item_id: unit.inventory_item_id,
          status: unit.status,
          stock_location_id: unit.stock_location_id,
        },
      }
    }
    if (row) {
      if (target && row.line_id !== target.id) {
        return result(
          serial,
          Outcome.WRONG_ITEM,
          null,
          row.line_id,
          `Expected on line ${row.line_id} (item ${line!.inventory_item_id}), not on line ${target.id} (item ${target.inventory_item_id})`
        )
      }
      row.scan_count = 1
      touched.set(row.id, row)
      return say(Outcome.MATCHED, row, null)
    }
    if (!target) {
      return say(
        Outcome.EXTRA,
        null,
        input.line_id
          ? `Line ${input.line_id} is not on this manifest`
          : "Not expected on this manifest: pass line_id to scan it onto a line"
      )
    }
    const fresh: InboundScanRow = {
      id: input.newId(),
      line_id: target.id,
      serial,
      normalized_serial: key,
      expected: false,
      scan_count: 1,
    }
    rows.set(key, fresh)
    inserted.set(fresh.id, fresh)
    const count = counts.get(target.id)! + 1
    counts.set(target.id, count)
    if (target.mode === SerialInboundLineMode.QUANTITY) {
      return count <= target.expected_quantity
        ? say(Outcome.MATCHED, fresh, null)
        : say(
            Outcome.EXTRA,
            fresh,
            `Over the line's expected quantity of ${target.expected_quantity}`
          )
    }
    return say(
      Outcome.EXTRA,
      fresh,
      `Not among the serials expected on line ${target.id}`
    )
  })
  return {
    results,
    updates: [...touched.values()]
      .filter((r) => !inserted.has(r.id))
      .map(({ id, scan_count }) => ({ id, scan_count })),
    inserts: [...inserted.values()].map(
      ({ id, line_id, serial, normalized_serial, scan_count }) => ({
        id,
        line_id,
        serial,
        normalized_serial,
        scan_count,
      })
    ),
  }
}

function result(
  serial: string,
  outcome: Outcome,
  scan_id: string | null,
  line_id: string | null,
  message: string | null
): SerialInboundScanResult {
  return { serial, outcome, scan_id, line_id, message }
}
