import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { serialError } from "./errors"

export const MAX_SERIAL_LENGTH = 128

// C0 and C1 control characters, DEL, the Unicode line/paragraph separators,
// and invisible format characters (zero-width space/joiners, soft hyphen, BOM):
// "SN\u200b123" must not become a second unit that looks like "SN123".
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\p{Cf}/u

/**
 * The key uniqueness is enforced on: trimmed, inner whitespace collapsed to
 * one space, Unicode-normalized (NFKC) and case-folded: lower, upper, lower,
 * so "STRASSE", "straße" and "STRAẞE" meet, and folding twice changes nothing.
 */
export function normalizeSerial(serial: string): string {
  return serial
    .normalize("NFKC")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
}

/** What the unit keeps as "the serial as entered": trimmed, inner spaces collapsed. */
export function cleanSerial(serial: string): string {
  return serial.trim().replace(/\s+/g, " ")
}

/** Why a serial is unacceptable, or null when it is fine. */
export function serialProblem(serial: unknown): string | null {
  if (typeof serial !== "string") {
    return "must be a string"
  }
  if (CONTROL_CHARS.test(serial.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, ""))) {
    return "contains control or invisible characters"
  }
  const cleaned = cleanSerial(serial)
  if (!cleaned.length) {
    return "is empty"
  }
  if (cleaned.length > MAX_SERIAL_LENGTH) {
    return `is longer than ${MAX_SERIAL_LENGTH} characters`
  }
  return null
}

/** Throws an INVALID_DATA error for an unacceptable serial. */
export function assertSerial(serial: unknown): string {
  const problem = serialProblem(serial)
  if (problem) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.INVALID_SERIAL,
      `Serial number ${JSON.stringify(serial)} ${problem}`
    )
  }
  return cleanSerial(serial as string)
}
