import { WarrantyStatus } from "../../../types/warranty"

/**
 * Adds whole months to a date (used when a sale starts a warranty), staying
 * on the last day of a shorter month: Aug 31 + 6 months is Feb 28/29.
 */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime())
  const day = d.getUTCDate()
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() + months)
  const lastDay = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)
  ).getUTCDate()
  d.setUTCDate(Math.min(day, lastDay))
  return d
}

/** A unit's warranty state at `now`. */
export function warrantyStatus(
  expiresAt: Date | string | null | undefined,
  now: Date = new Date()
): WarrantyStatus {
  if (!expiresAt) {
    return WarrantyStatus.NONE
  }
  return new Date(expiresAt).getTime() > now.getTime()
    ? WarrantyStatus.ACTIVE
    : WarrantyStatus.EXPIRED
}
