import { WarrantyStatus } from "../../../types/warranty"

/** Adds whole months to a date (used when a sale starts a warranty). */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime())
  d.setUTCMonth(d.getUTCMonth() + months)
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
