import { ScanSource, type ParsedScan } from "../../../types/parsed-scan"
import { digitalLinkToElementString } from "./digital-link-to-element-string"
import { readElementString, type Gs1ScanFields } from "./read-element-string"
import { ScanProblem } from "./scan-problem"
import { hasValidGtinCheckDigit, toGtin14 } from "./to-gtin14"

// This file and everything it imports stay free of Medusa imports: the admin
// UI bundles it (a unit test walks the imports to keep it so).

const GS = "\u001d"
/** Longer input is never parsed as GS1 (a serial is at most 128 characters anyway). */
export const MAX_SCAN_LENGTH = 1024
/** AIM symbology identifiers that announce GS1 data (128, DataBar, composite, DataMatrix, QR, DotCode). */
const GS1_SYMBOLOGY_IDS = ["]C1", "]e0", "]e1", "]e2", "]d2", "]Q3", "]J1"]
/** Any other AIM identifier (]C0 plain Code 128, ]d1 plain DataMatrix, ...): not GS1 data. */
const OTHER_SYMBOLOGY_ID = /^\][A-Za-z][0-9]/
/** The human-readable form, "(01)09506000134352(21)ABC". */
const BRACKETED_AI = /^\(\d{2,4}\)/
/** Without any marker, GS1 only when a checked GTIN is followed by one of these. */
const UNMARKED_START = /^01(\d{14})(?:21|10|17)/
const UNMARKED_AIS = new Set(["01", "21", "10", "17"])

/** What `readScan` makes of one input: the reading, or why GS1 input is unusable. */
export type ScanReading = { scan: ParsedScan } | { problem: string }

/** Scanner noise: line endings, spaces, tabs; the visible "␝" some wedges send for GS. */
function cleanScan(input: string): string {
  return input.replace(/\u241d/g, GS).trim()
}

function withoutOuterSeparators(data: string): string {
  // eslint-disable-next-line no-control-regex -- the GS separator is the point
  return data.replace(/^\u001d+|\u001d+$/g, "")
}

function fromFields(
  input: string,
  fields: Gs1ScanFields,
  source: ScanSource
): ParsedScan {
  if (!fields.serial) {
    throw new ScanProblem(input, "has no serial (AI 21)")
  }
  const parsed: ParsedScan = { serial: fields.serial, source }
  if (fields.gtin) parsed.gtin = fields.gtin
  if (fields.lot) parsed.lot = fields.lot
  if (fields.expiry) parsed.expiry = fields.expiry
  return parsed
}

function fromMarkedElementString(
  input: string,
  data: string,
  source: ScanSource
): ParsedScan {
  const reading = readElementString(withoutOuterSeparators(data))
  if ("problem" in reading) {
    throw new ScanProblem(input, reading.problem)
  }
  return fromFields(input, reading.fields, source)
}

function read(text: string): ParsedScan {
  if (text.length > MAX_SCAN_LENGTH) {
    return { serial: text, source: ScanSource.PLAIN }
  }
  if (/^https?:\/\//i.test(text)) {
    const elementString = digitalLinkToElementString(text)
    return elementString === null
      ? { serial: text, source: ScanSource.PLAIN }
      : fromMarkedElementString(text, elementString, ScanSource.DIGITAL_LINK)
  }
  if (GS1_SYMBOLOGY_IDS.some((id) => text.startsWith(id))) {
    return fromMarkedElementString(text, text.slice(3), ScanSource.GS1)
  }
  if (OTHER_SYMBOLOGY_ID.test(text)) {
    return { serial: text.slice(3).trim(), source: ScanSource.PLAIN }
  }
  if (text.includes(GS) || BRACKETED_AI.test(text)) {
    return fromMarkedElementString(text, text, ScanSource.GS1)
  }
  const unmarked = UNMARKED_START.exec(text)
  if (unmarked && hasValidGtinCheckDigit(unmarked[1])) {
    const reading = readElementString(text)
    if (
      "fields" in reading &&
      reading.ais.every((ai) => UNMARKED_AIS.has(ai))
    ) {
      return fromFields(text, reading.fields, ScanSource.GS1)
    }
  }
  return { serial: text, source: ScanSource.PLAIN }
}

/**
 * Reads one scanner input into a serial and, for GS1 input, its GTIN, lot and
 * expiry. A GS1 Digital Link URL (http/https with `/01/<GTIN>` in its path, any
 * host) and a GS1 element string are parsed; an element string counts as GS1
 * only when it is marked as such (a GS1 symbology identifier, a \u001d
 * separator, or the bracketed form) or starts with AI 01 and a GTIN with a
 * valid check digit followed by AI 21/10/17, and then parses completely.
 * Anything else is a plain serial, returned trimmed but otherwise unchanged,
 * so "21ABC" or "0112345" stay as typed. GS1 input that is malformed or has
 * no AI 21 gives `{ problem }` (the message, quoting the input). Pure and
 * free of Medusa imports: the server (`parseScan`) and the admin UI share it.
 */
export function readScan(input: string): ScanReading {
  const text = cleanScan(input)
  try {
    return { scan: read(text) }
  } catch (e) {
    if (e instanceof ScanProblem) {
      return { problem: e.message }
    }
    throw e
  }
}

/**
 * Why a scan's GTIN is not one of the item's (compared as 14 digits, so
 * GTIN-8/12/13 on the item match their padded form in the scan), or null
 * when it is, or when the scan carries no GTIN (a plain serial). An item
 * with no GTIN on record cannot vouch for a scanned one: that is a mismatch.
 */
export function gtinMismatch(
  parsed: ParsedScan,
  itemGtins: string[]
): string | null {
  if (!parsed.gtin) {
    return null
  }
  const scanned = toGtin14(parsed.gtin) ?? parsed.gtin
  const known = [
    ...new Set(
      itemGtins
        .map((gtin) => toGtin14(gtin))
        .filter((gtin): gtin is string => gtin !== null)
    ),
  ]
  if (known.includes(scanned)) {
    return null
  }
  const expected = known.length
    ? `the item's GTIN${known.length > 1 ? "s" : ""} ${known.join(", ")}`
    : "the item, which has no GTIN (ean, upc or barcode on its variants) to match"
  return `Scanned GTIN ${scanned} (serial ${JSON.stringify(parsed.serial)}) does not match ${expected}`
}
