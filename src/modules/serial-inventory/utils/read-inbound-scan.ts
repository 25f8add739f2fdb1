import { ScanSource } from "../../../types/parsed-scan"
import { cleanSerial, normalizeSerial, serialProblem } from "./normalize-serial"
import { parseScan } from "./parse-scan"
import { gtinMismatch } from "./read-scan"

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
  read: { serial: string; gtin?: string },
  line: { id: string; inventory_item_id: string } | undefined,
  itemGtins: Record<string, string[]> | undefined
): string | null {
  if (!read.gtin || !line || !itemGtins) {
    return null
  }
  const mismatch = gtinMismatch(
    { serial: read.serial, gtin: read.gtin, source: ScanSource.GS1 },
    itemGtins[line.inventory_item_id] ?? []
  )
  return mismatch && `Line ${line.id}: ${mismatch}`
}
