import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { serialError } from "./errors"

/**
 * Whether a value holds a NUL character anywhere (strings, object keys and
 * values, arrays). PostgreSQL refuses NUL in text and jsonb with a database
 * error, so the module refuses it first, with a clear message.
 */
export function hasNul(value: unknown): boolean {
  if (typeof value === "string") {
    return value.includes("\u0000")
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.entries(value).some(
      ([k, v]) => k.includes("\u0000") || hasNul(v)
    )
  }
  return false
}

/** The fields of `row` that hold a NUL character. */
export function fieldsWithNul(row: Record<string, unknown>): string[] {
  return Object.keys(row).filter((k) => k.includes("\u0000") || hasNul(row[k]))
}

/** Throws `serial_text_invalid` naming the fields that hold a NUL character. */
export function assertNoNul(row: Record<string, unknown>, what: string): void {
  const bad = fieldsWithNul(row)
  if (bad.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.INVALID_TEXT,
      `${what}: ${bad.join(", ")} must not contain NUL characters`
    )
  }
}
