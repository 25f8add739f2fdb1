import type {
  SerialInboundDTO,
  SerialInboundLineMode,
  SerialInboundScanResult,
  SerialInboundSerialDTO,
} from "../serial-inbound"
import type { SerialAttributeValues } from "../template-attribute"

/** A manifest line with its live counts. */
export interface AdminSerialInboundLine {
  id: string
  inventory_item_id: string
  mode: SerialInboundLineMode
  expected_quantity: number
  /** Set on confirmation: the units received on the line. */
  confirmed_quantity: number | null
  attributes: SerialAttributeValues | null
  counts: {
    expected: number
    scanned: number
    matched: number
    missing: number
    extra: number
  }
}

/** A manifest with its lines. */
export interface AdminSerialInbound extends SerialInboundDTO {
  lines: AdminSerialInboundLine[]
}

export interface AdminSerialInboundResponse {
  serial_inbound: AdminSerialInbound
}

export interface AdminSerialInboundListResponse {
  serial_inbounds: AdminSerialInbound[]
  count: number
  offset: number
  limit: number
}

/** What `POST /admin/serial-inbounds/:id/scans` answers: each scan's outcome, in order, and the lines' counts after. */
export interface AdminSerialInboundScanResponse {
  results: SerialInboundScanResult[]
  lines: AdminSerialInboundLine[]
}

/** What `DELETE /admin/serial-inbounds/:id/scans/:scan_id` answers. */
export interface AdminSerialInboundScanDeleteResponse {
  id: string
  object: "serial_inbound_scan"
  deleted: true
  lines: AdminSerialInboundLine[]
}

/** What `POST /admin/serial-inbounds/:id/confirm` answers. */
export interface AdminSerialInboundConfirmResponse {
  serial_inbound: AdminSerialInbound
  receipt: {
    /** The manifest id, also each unit's `receipt_reference`. */
    id: string
    count: number
    stock_added: number
    serial_numbers: { id: string; serial: string; inventory_item_id: string }[]
  }
}

export interface AdminSerialInboundSerialListResponse {
  serials: SerialInboundSerialDTO[]
  count: number
  offset: number
  limit: number
}
