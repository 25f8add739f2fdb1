import type { SerialAllocationStage } from "../serial-allocation-stage"
import type { SerialNumberStatus } from "../serial-number-status"
import type { SerialTrackingMode } from "../tracking-policy"

/** A unit on an order line, as the order's serial view shows it. */
export interface AdminOrderLineUnit {
  id: string
  serial: string
  status: SerialNumberStatus
  stage: SerialAllocationStage
  allocation_id: string
  fulfillment_id: string | null
  return_id: string | null
  /** The applied recall campaign blocking the unit (status `recalled`), else null. */
  recall?: { id: string; name: string } | null
}

/** One inventory item of an order line (a kit line has several). */
export interface AdminOrderLineInventoryItem {
  inventory_item_id: string
  tracking_mode: SerialTrackingMode
  /** Units this line needs of the item: line quantity x required quantity. */
  quantity: number
  /** Every unit the line has had (closed allocations too: returned, released). */
  units: AdminOrderLineUnit[]
  /** Units still to allocate or pick for `full` / `outbound` items; 0 when untracked. */
  missing: number
}

export interface AdminOrderLineSerialNumbers {
  line_item_id: string
  title: string
  sku: string | null
  quantity: number
  inventory_items: AdminOrderLineInventoryItem[]
}

/** `GET /admin/orders/:id/serial-numbers`. */
/** A return of the order and whether its serials are all recorded. */
export interface AdminOrderReturnSerialVerification {
  id: string
  status: string
  /** Null when the return has no serialized line or was not checked yet. */
  serial_verification: {
    status: "awaiting" | "verified"
    expected: number
    recorded: number
  } | null
}

export interface AdminOrderSerialNumbersResponse {
  order_id: string
  display_id: number | null
  lines: AdminOrderLineSerialNumbers[]
  returns: AdminOrderReturnSerialVerification[]
}
