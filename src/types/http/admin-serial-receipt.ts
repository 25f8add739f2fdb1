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
