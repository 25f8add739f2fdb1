import type { SerialDate, SerialTrackingPolicyDTO } from "../serial-records"

/**
 * An inventory item's tracking policy. An item without a stored policy reads
 * as the defaults (`mode: none`, `id: null`, `is_default: true`).
 */
export interface AdminSerialTrackingPolicy extends Omit<
  SerialTrackingPolicyDTO,
  "id" | "created_at" | "updated_at"
> {
  id: string | null
  is_default: boolean
  created_at?: SerialDate
  updated_at?: SerialDate
}

/** `GET` and `POST /admin/serial-tracking-policies/:inventory_item_id`. */
export interface AdminSerialTrackingPolicyResponse {
  serial_tracking_policy: AdminSerialTrackingPolicy
}
