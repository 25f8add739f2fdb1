import { SerialErrorCode } from "../../../types/error-codes"
import type { ParsedScan } from "../../../types/parsed-scan"

/** The metadata key a scanned expiry date (AI 17) is kept under, as YYYY-MM-DD. */
export const GS1_EXPIRY_METADATA_KEY = "gs1_expiry"

/** The fields of a new unit a scan fills. */
export interface ScanFillable {
  serial: string
  lot?: string | null
  metadata?: Record<string, unknown> | null
}

export type ScanMerge<T> =
  | { row: T }
  | { problem: { code: typeof SerialErrorCode.SCAN_CONFLICT; message: string } }

const conflict = (message: string) => ({
  problem: { code: SerialErrorCode.SCAN_CONFLICT, message },
})

/**
 * A new unit's row with what its scan says: the serial read from it, the
 * scanned lot (AI 10) when the row has none, the scanned expiry (AI 17) in
 * `metadata.gs1_expiry` (a unit has no expiry column, and its warranty is
 * another date). A lot or `gs1_expiry` the row gives that differs from the
 * scanned one is a `serial_scan_conflict`. Pure.
 */
export function mergeScanIntoRow<T extends ScanFillable>(
  row: T,
  scan: ParsedScan
): ScanMerge<T> {
  const merged: T = { ...row, serial: scan.serial }
  if (scan.lot !== undefined) {
    const given = row.lot?.trim()
    if (given && given !== scan.lot) {
      return conflict(
        `lot ${JSON.stringify(given)} differs from the scanned lot (10) ${JSON.stringify(scan.lot)}`
      )
    }
    merged.lot = scan.lot
  }
  if (scan.expiry !== undefined) {
    const given = row.metadata?.[GS1_EXPIRY_METADATA_KEY]
    if (given !== undefined && given !== null && given !== scan.expiry) {
      return conflict(
        `metadata.${GS1_EXPIRY_METADATA_KEY} ${JSON.stringify(given)} differs from the scanned expiry (17) ${scan.expiry}`
      )
    }
    merged.metadata = {
      ...(row.metadata ?? {}),
      [GS1_EXPIRY_METADATA_KEY]: scan.expiry,
    }
  }
  return { row: merged }
}
