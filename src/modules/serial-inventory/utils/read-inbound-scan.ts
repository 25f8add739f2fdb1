import { ScanSource } from "../../../types/parsed-scan"
import { cleanSerial, normalizeSerial, serialProblem } from "./normalize-serial"
import { assertGtinMatches, parseScan } from "./parse-scan"

/** A scan read as GS1 or plain and checked: the serial as kept, or why not. */
export function readScanSerial(
  raw: string
): { serial: string; gtin?: string } | { problem: string } {
  try {
    const { serial, gtin } = parseScan(raw)
    const problem = serialProblem(serial)
    return problem
      ? { problem: `Serial ${JSON.stringify(raw)} ${problem}` }
      : { serial: cleanSerial(serial), gtin }
  } catch (e) {
    return { problem: (e as Error).message }
  }
}

/** The normalized key of a scan, or null when it is unusable. */
export function scanKey(raw: string): string | null {
  const read = readScanSerial(raw)
  return "serial" in read ? normalizeSerial(read.serial) : null
}

/** Why a GS1 scan's GTIN is not the line item's, or null (no GTIN, no line, not checked). */
export function gtinProblem(
  gtin: string | undefined,
  line: { id: string; inventory_item_id: string } | undefined,
  itemGtins: Record<string, string[]> | undefined
): string | null {
  if (!gtin || !line || !itemGtins) {
    return null
  }
  try {
    assertGtinMatches(
      { serial: "", gtin, source: ScanSource.GS1 },
      itemGtins[line.inventory_item_id] ?? []
    )
    return null
  } catch (e) {
    return `Scanned GTIN does not match line ${line.id}: ${(e as Error).message}`
  }
}
