type DateInput = Date | string | null | undefined

const toDate = (value: DateInput): Date | null => {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** `Jan 31, 2026` in the browser's locale, or `-` when there is no date. */
export function formatDate(value: DateInput): string {
  const date = toDate(value)
  return date
    ? date.toLocaleDateString(undefined, {
        year: "numeric",
        month: "short",
        day: "numeric",
      })
    : "-"
}

/** `Jan 31, 2026, 14:05` in the browser's locale, or `-`. */
export function formatDateTime(value: DateInput): string {
  const date = toDate(value)
  return date
    ? date.toLocaleString(undefined, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      })
    : "-"
}

/** A calendar date (`2026-01-31`) as a local-midnight `Date`, for date pickers; null when not one. */
export function parseCalendarDate(value: unknown): Date | null {
  if (typeof value !== "string") return null
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  return match ? new Date(+match[1], +match[2] - 1, +match[3]) : null
}

/** A picked local date as the calendar date the API stores (`2026-01-31`). */
export function toCalendarDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
