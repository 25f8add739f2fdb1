import type { SerialAttributeValues } from "../../../types/template-attribute"

/** Per-unit values a receipt may set beside the serial. */
export interface ReceiptUnitInput {
  serial: string
  attributes?: SerialAttributeValues | null
  condition_grade?: string | null
  condition_notes?: string | null
  bin_code?: string | null
  lot?: string | null
}

/**
 * One goods-in receipt at one location for one inventory item: serials as a
 * scanned list, ranges (`SN-0001..SN-0500`) and/or a count to generate from
 * the policy's pattern, with values shared by every unit.
 */
export interface ReceiveSerialNumbersInput {
  inventory_item_id: string
  stock_location_id: string
  units?: ReceiptUnitInput[]
  ranges?: string[]
  generate?: { count: number }
  attributes?: SerialAttributeValues | null
  condition_grade?: string | null
  condition_notes?: string | null
  bin_code?: string | null
  lot?: string | null
  supplier_reference?: string | null
  receipt_reference?: string | null
  received_at?: string | null
  /**
   * The units serialize stock Medusa already counts (an item switched to
   * `full` tracking): `stocked_quantity` stays as it is.
   */
  serialize_existing?: boolean
}
