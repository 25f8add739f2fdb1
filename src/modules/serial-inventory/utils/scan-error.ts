import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { serialError } from "./errors"

/**
 * The INVALID_DATA error for a scan that is recognisably GS1 but unusable. The
 * input is quoted with JSON escapes so a group separator shows as \u001d.
 */
export function scanError(input: string, problem: string): MedusaError {
  return serialError(
    MedusaError.Types.INVALID_DATA,
    SerialErrorCode.SCAN_INVALID,
    `Scan ${JSON.stringify(input)} ${problem}`
  )
}
