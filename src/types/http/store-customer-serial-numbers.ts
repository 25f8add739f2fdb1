import type { WarrantyStatus } from "../warranty"

/**
 * One unit a customer received on one of their orders, as
 * `GET /store/customers/me/serial-numbers` shows it: nothing about the unit's
 * later owners (a returned unit shows no warranty).
 */
export interface StoreCustomerSerialNumber {
  serial: string
  /** Where the unit is in the customer's order: `shipped`, `delivered` or `returned`. */
  state: "shipped" | "delivered" | "returned"
  product: { id: string | null; title: string | null }
  variant: { id: string | null; title: string | null; sku: string | null }
  order: { id: string; display_id: number | null }
  shipped_at: string | null
  delivered_at: string | null
  returned_at: string | null
  warranty: {
    status: WarrantyStatus
    starts_at: string | null
    expires_at: string | null
  }
}

/** `GET /store/customers/me/serial-numbers`. */
export interface StoreCustomerSerialNumberListResponse {
  serial_numbers: StoreCustomerSerialNumber[]
  count: number
  limit: number
  offset: number
}
