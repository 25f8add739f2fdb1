/**
 * A set of units named by what they share: their lot, supplier or receipt
 * reference, a template attribute value, or their ids. Every given field
 * narrows the set (they combine with AND). Traceability and recalls use it
 * to ask "which units" and then "who received them".
 */
export interface SerialUnitFilter {
  id?: string[]
  lot?: string
  supplier_reference?: string
  receipt_reference?: string
  /** A template attribute value, compared as text (`{ key: "firmware", value: "1.2" }`). */
  attribute?: { key: string; value: string }
}

/** A unit of a filtered set on an order that shipped it. */
export interface SerialUnitRecipientUnit {
  id: string
  serial: string
  line_item_id: string
  /** The allocation's stage now: `shipped`, `delivered` or `returned`. */
  stage: string
  shipped_at: string
  returned_at: string | null
}

/** One order that received units of a filtered set, with those units. */
export interface SerialUnitRecipientOrder {
  order_id: string
  /** When the first of these units shipped on it. */
  shipped_at: string
  serial_numbers: SerialUnitRecipientUnit[]
}

/** A page of the orders that received units of a set, and how many there are. */
export interface SerialUnitRecipients {
  orders: SerialUnitRecipientOrder[]
  count: number
}
