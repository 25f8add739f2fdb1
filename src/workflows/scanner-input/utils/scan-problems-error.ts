import { MedusaError } from "@medusajs/framework/utils"
import { serialError } from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { ScanRowProblem } from "./resolve-scanned-serials"

const MAX_LISTED = 50

const shown = (lines: string[]) =>
  lines.slice(0, MAX_LISTED).join("; ") +
  (lines.length > MAX_LISTED ? ` (and ${lines.length - MAX_LISTED} more)` : "")

/**
 * One 400 for the scans `resolveScannedSerials` refused. A single problem
 * keeps its own code and message; several are all listed (each after
 * `where(problem)`, e.g. "line ordli_1"), under their common code, or
 * `serial_number_batch_invalid` when they differ.
 */
export function scanProblemsError(
  problems: ScanRowProblem[],
  where?: (problem: ScanRowProblem) => string
): MedusaError {
  const codes = new Set(problems.map((p) => p.code))
  const code =
    codes.size === 1 ? problems[0].code : SerialErrorCode.BATCH_INVALID
  const lines = problems.map((p) =>
    where ? `${where(p)}: ${p.message}` : p.message
  )
  return serialError(
    MedusaError.Types.INVALID_DATA,
    code,
    problems.length === 1
      ? lines[0]
      : `${problems.length} scans refused, nothing was written: ${shown(lines)}`
  )
}
