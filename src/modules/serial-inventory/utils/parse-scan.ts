import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { ParsedScan } from "../../../types/parsed-scan"
import { serialError } from "./errors"
import { serialProblem } from "./normalize-serial"
import { gtinMismatch, readScan } from "./read-scan"

/**
 * `readScan` for server code: the reading, or `serial_scan_invalid`
 * (INVALID_DATA, 400) for GS1 input that is malformed or has no AI 21.
 */
export function parseScan(input: string): ParsedScan {
  const reading = readScan(input)
  if ("problem" in reading) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.SCAN_INVALID,
      reading.problem
    )
  }
  return reading.scan
}

/**
 * Refuses a scan whose GTIN is not one of the item's (see `gtinMismatch`)
 * with `serial_scan_gtin_mismatch` (INVALID_DATA, 400). A plain serial passes.
 */
export function assertGtinMatches(
  parsed: ParsedScan,
  itemGtins: string[]
): void {
  const mismatch = gtinMismatch(parsed, itemGtins)
  if (mismatch) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.SCAN_GTIN_MISMATCH,
      mismatch
    )
  }
}

/**
 * For request validators: why the serial a scan names is unacceptable
 * (empty, too long, control characters), or null. GS1 input that cannot be
 * read passes here and is refused by the scan resolution with
 * `serial_scan_invalid`, the code a malformed scan has everywhere.
 */
export function scannedSerialProblem(input: string): string | null {
  const reading = readScan(input)
  return "scan" in reading ? serialProblem(reading.scan.serial) : null
}
