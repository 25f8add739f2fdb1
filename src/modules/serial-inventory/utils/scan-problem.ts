import { SerialErrorCode } from "../../../types/error-codes"

/**
 * A scan that is recognisably GS1 but unusable. A plain `Error` with the
 * stable code, not a `MedusaError`: the scan reader imports nothing from
 * Medusa, so the admin UI bundles it too (`parseScan` turns it into a 400).
 * The input is quoted with JSON escapes so a group separator shows as \u001d.
 */
export class ScanProblem extends Error {
  readonly code = SerialErrorCode.SCAN_INVALID

  constructor(input: string, problem: string) {
    super(`Scan ${JSON.stringify(input)} ${problem}`)
    this.name = "ScanProblem"
  }
}
