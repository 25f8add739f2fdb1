import type { SerialNumberStatus } from "../serial-number-status"

/** What `POST /admin/serial-receipts` answers (201). */
export interface AdminSerialReceiptResponse {
  receipt: {
    /** Set on every unit of the receipt (`receipt_reference`); generated when not given. */
    receipt_reference: string
    inventory_item_id: string
    stock_location_id: string
    count: number
    /** How much Medusa's `stocked_quantity` rose (0 with `serialize_existing`). */
    stock_added: number
    serial_numbers: { id: string; serial: string }[]
  }
}

/** What receiving one serial would meet (`POST /admin/serial-receipts/check`). */
export interface ReceiptSerialCheck {
  /** The serial (read from the scan when `input` was a GS1 scan). */
  serial: string
  /** What was scanned, when it was a GS1 scan naming `serial`. */
  input?: string
  outcome: "new" | "invalid" | "repeated" | "exists" | "other_item"
  message?: string
  unit?: {
    id: string
    status: SerialNumberStatus
    inventory_item_id: string
    stock_location_id: string | null
  }
}

export interface AdminSerialReceiptCheckResponse {
  serials: ReceiptSerialCheck[]
  /** How many of each outcome. */
  counts: Record<ReceiptSerialCheck["outcome"], number>
}
