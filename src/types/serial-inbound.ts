import type { SerialAttributeValues } from "./template-attribute"

/** Where an inbound manifest (ASN / pre-receipt) stands. */
export const SerialInboundStatus = {
  OPEN: "open",
  CONFIRMED: "confirmed",
  CANCELED: "canceled",
} as const
export type SerialInboundStatus =
  (typeof SerialInboundStatus)[keyof typeof SerialInboundStatus]
export const SERIAL_INBOUND_STATUSES = Object.values(SerialInboundStatus)

/**
 * How a manifest line expects its units: `serials` (every serial entered
 * ahead, only they can be received) or `quantity` (a count; the scanned
 * serials become the received set).
 */
export const SerialInboundLineMode = {
  SERIALS: "serials",
  QUANTITY: "quantity",
} as const
export type SerialInboundLineMode =
  (typeof SerialInboundLineMode)[keyof typeof SerialInboundLineMode]
export const SERIAL_INBOUND_LINE_MODES = Object.values(SerialInboundLineMode)

/** What one scan against a manifest turned out to be. */
export const SerialInboundScanOutcome = {
  /** Expected (pre-entered on the line, or within a quantity line's count): recorded. */
  MATCHED: "matched",
  /** Not expected on a pre-entered line, or over a quantity line's count: recorded, blocks confirmation until undone. */
  EXTRA: "extra",
  /** Already scanned on this manifest: its scan count goes up, nothing else. */
  DUPLICATE_SCAN: "duplicate_scan",
  /** Expected on another line (item), or a unit of another item: not recorded. */
  WRONG_ITEM: "wrong_item",
  /** A live unit of this item already has the serial: not recorded. */
  IN_STOCK_ELSEWHERE: "in_stock_elsewhere",
  /** Not a usable serial (empty, too long, control characters): not recorded. */
  INVALID: "invalid",
} as const
export type SerialInboundScanOutcome =
  (typeof SerialInboundScanOutcome)[keyof typeof SerialInboundScanOutcome]

/** One line of a manifest to create. */
export interface CreateSerialInboundLineInput {
  inventory_item_id: string
  /** Required without serials; with serials it must equal their count. */
  expected_quantity?: number | null
  /** The expected serials, pre-entered: the line only receives these. */
  serials?: string[]
  /** Template attribute values every received unit of the line gets. */
  attributes?: SerialAttributeValues | null
}

/** A manifest to create: one location, one line per inventory item. */
export interface CreateSerialInboundInput {
  stock_location_id: string
  reference?: string | null
  supplier_reference?: string | null
  metadata?: Record<string, unknown> | null
  lines: CreateSerialInboundLineInput[]
}

/** A batch of scans; `line_id` says which line unexpected serials go to. */
export interface ScanSerialInboundInput {
  inbound_id: string
  serials: string[]
  line_id?: string | null
  /** The lines' items' GTINs, to check GS1 scans against (see `classifyInboundScans`). */
  item_gtins?: Record<string, string[]>
}

/** Live counts of one manifest line. */
export interface SerialInboundLineCounts {
  line_id: string
  inventory_item_id: string
  mode: SerialInboundLineMode
  expected: number
  /** Distinct serials scanned onto the line (matched and extra). */
  scanned: number
  matched: number
  missing: number
  extra: number
  /** Set when the manifest is confirmed: the units received on the line. */
  confirmed_quantity: number | null
}

/** The outcome of one scan in a batch, in input order. */
export interface SerialInboundScanResult {
  serial: string
  outcome: SerialInboundScanOutcome
  /** The manifest's row for the serial (to undo the scan), when recorded. */
  scan_id: string | null
  line_id: string | null
  /** Why, for every outcome but `matched`. */
  message: string | null
  /** The existing unit, for `in_stock_elsewhere` and a unit of another item. */
  serial_number?: {
    id: string
    inventory_item_id: string
    status: string
    stock_location_id: string | null
  }
}

/** What a scan batch did, and how to take it back (compensation). */
export interface SerialInboundScanChange {
  results: SerialInboundScanResult[]
  undo: SerialInboundSerialsUndo
}

/** The rows a manifest write touched, as they were: restoring undoes it. */
export interface SerialInboundSerialsUndo {
  inbound_id: string
  inserted_ids: string[]
  restored: {
    id: string
    scan_count: number
    scanned_at: string | null
    deleted_at: string | null
  }[]
}

/** A unit the confirmation receives. */
export interface SerialInboundReceiptRow {
  inventory_item_id: string
  serial: string
  attributes: SerialAttributeValues | null
}

/** What confirming a manifest takes into the receipt. */
export interface SerialInboundConfirmation {
  inbound_id: string
  stock_location_id: string
  supplier_reference: string | null
  rows: SerialInboundReceiptRow[]
}

/** A manifest as the module stores it. */
export interface SerialInboundDTO {
  id: string
  stock_location_id: string
  reference: string | null
  supplier_reference: string | null
  status: SerialInboundStatus
  confirmed_at: Date | string | null
  canceled_at: Date | string | null
  metadata: Record<string, unknown> | null
  created_at: Date | string
  updated_at: Date | string
}

/** A manifest line as the module stores it. */
export interface SerialInboundLineDTO {
  id: string
  inbound_id: string
  inventory_item_id: string
  mode: SerialInboundLineMode
  expected_quantity: number
  confirmed_quantity: number | null
  attributes: SerialAttributeValues | null
  created_at: Date | string
  updated_at: Date | string
}

/** A serial on a manifest (expected, scanned, or both). */
export interface SerialInboundSerialDTO {
  id: string
  inbound_id: string
  line_id: string
  serial: string
  normalized_serial: string
  expected: boolean
  scan_count: number
  scanned_at: Date | string | null
  created_at: Date | string
  updated_at: Date | string
}
