const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/

// Date.UTC() reads years below 100 as 19xx: parse the first instant instead.
const FIRST_INSTANT = new Date("0001-01-01T00:00:00.000Z").getTime()

/** The date columns of a unit. */
export const SERIAL_DATE_FIELDS = [
  "received_at",
  "purchased_at",
  "warranty_starts_at",
  "warranty_expires_at",
] as const

/**
 * A date as an unambiguous UTC instant (ISO 8601 with `Z`), or null when the
 * value is not a real calendar date. Date-only values mean UTC midnight, so
 * nothing depends on the database server's time zone; `2024-02-30` and
 * date-times without an offset are refused rather than rolled over.
 */
export function toUtcInstant(value: unknown): string | null {
  if (value instanceof Date) {
    return isNaN(value.getTime()) ? null : value.toISOString()
  }
  if (typeof value !== "string") {
    return null
  }
  const dateOnly = DATE_ONLY.exec(value)
  if (dateOnly) {
    const date = new Date(`${value}T00:00:00.000Z`)
    const [, y, m, d] = dateOnly.map(Number)
    const real =
      date.getUTCFullYear() === y &&
      date.getUTCMonth() + 1 === m &&
      date.getUTCDate() === d
    return real && y >= 1 ? date.toISOString() : null
  }
  if (!DATE_TIME.test(value)) {
    return null
  }
  // JS reads at most milliseconds and needs minutes in an offset: trim and pad.
  const date = new Date(
    value.replace(/(\.\d{3})\d+/, "$1").replace(/([+-]\d{2})$/, "$1:00")
  )
  const day = value.slice(0, 10)
  // An offset can push 0001-01-01 back into year 0, which PostgreSQL refuses.
  return isNaN(date.getTime()) ||
    toUtcInstant(day) === null ||
    date.getTime() < FIRST_INSTANT
    ? null
    : date.toISOString()
}

/** Rewrites the date fields present in `row` to UTC instants; returns the fields that are not dates. */
export function normalizeDateFields(row: Record<string, unknown>): string[] {
  const bad: string[] = []
  for (const field of SERIAL_DATE_FIELDS) {
    const value = row[field]
    if (value === undefined || value === null) {
      continue
    }
    const instant = toUtcInstant(value)
    if (instant === null) {
      bad.push(field)
    } else {
      row[field] = instant
    }
  }
  return bad
}
