import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"

type ErrorType = (typeof MedusaError.Types)[keyof typeof MedusaError.Types]

/**
 * A `MedusaError` carrying one of the plugin's stable codes. Medusa maps the
 * type to the HTTP status (INVALID_DATA/NOT_ALLOWED 400, NOT_FOUND 404,
 * DUPLICATE_ERROR 422) and passes `code` through to the response body.
 */
export function serialError(
  type: ErrorType,
  code: SerialErrorCode,
  message: string
): MedusaError {
  return new MedusaError(type, message, code)
}

/** Joins a list for an error message, keeping it readable for huge batches. */
export function listForMessage(items: string[], max = 50): string {
  const shown = items.slice(0, max).join(", ")
  return items.length > max
    ? `${shown} (and ${items.length - max} more)`
    : shown
}

/** A replacement for a generated service method that would bypass a rule: always refuses. */
export function closedMethod(code: SerialErrorCode, message: string) {
  return async (): Promise<never> => {
    throw serialError(MedusaError.Types.NOT_ALLOWED, code, message)
  }
}
