/** Warranty state of a unit as shown to storefronts and used in filters. */
export const WarrantyStatus = {
  ACTIVE: "active",
  EXPIRED: "expired",
  NONE: "none",
} as const

export type WarrantyStatus =
  (typeof WarrantyStatus)[keyof typeof WarrantyStatus]

/** The public warranty answer: no order, customer or address data, ever. */
export interface StoreSerialWarranty {
  /** The serial as sent; for a GS1 scan, the serial (AI 21) read from it. */
  serial: string
  status: WarrantyStatus
  starts_at: string | null
  expires_at: string | null
  product_title: string | null
  variant_title: string | null
}
