import type { SerialAllocationStage } from "../serial-allocation-stage"
import type { SerialDate } from "../serial-records"
import type {
  AdminSerialEvent,
  AdminSerialNumber,
  AdminSerialNumberStatusCounts,
} from "./admin-serial-number"

/** The manifest (inbound) a unit was received on, when it came through one. */
export interface AdminSerialTraceManifest {
  id: string
  reference: string | null
  supplier_reference: string | null
  status: string
  confirmed_at: SerialDate | null
}

/** Where a unit came from. */
export interface AdminSerialTraceReceipt {
  receipt_reference: string | null
  supplier_reference: string | null
  lot: string | null
  stock_location_id: string | null
  stock_location_name: string | null
  received_at: SerialDate | null
  /** The `received` event, if the unit has one. */
  event_id: string | null
  manifest: AdminSerialTraceManifest | null
}

/** What became of a unit that came back on a return. */
export type AdminSerialTraceDisposition = "restock" | "defective"

/** One order line the unit was on (any stage, released ones included), oldest first. */
export interface AdminSerialTraceOrder {
  allocation_id: string
  order_id: string
  display_id: number | null
  customer_id: string | null
  email: string | null
  line_item_id: string
  line_item_title: string | null
  fulfillment_id: string | null
  return_id: string | null
  stage: SerialAllocationStage
  allocated_at: SerialDate
  picked_at: SerialDate | null
  shipped_at: SerialDate | null
  delivered_at: SerialDate | null
  returned_at: SerialDate | null
  released_at: SerialDate | null
  /** Restocked or marked defective after this order's return (null: not returned, or not yet decided). */
  disposition: AdminSerialTraceDisposition | null
  /** True when the unit had shipped on an earlier order before this one shipped it. */
  resale: boolean
}

/** A timeline entry of the trace: the event with its order's display id, customer and email. */
export type AdminSerialTraceEvent = AdminSerialEvent & {
  order_email: string | null
  order_customer_id: string | null
}

/** `GET /admin/serial-numbers/:id/trace`: one unit's whole chain, oldest first. */
export interface AdminSerialTraceResponse {
  serial_number: AdminSerialNumber
  receipt: AdminSerialTraceReceipt
  orders: AdminSerialTraceOrder[]
  events: AdminSerialTraceEvent[]
}

/** Which set `GET /admin/serial-traceability` traced: exactly one of these. */
export interface AdminSerialTraceabilityParams {
  lot?: string
  supplier_reference?: string
  receipt_reference?: string
  /** `key:value`, a template attribute value. */
  attribute?: string
  limit?: number
  offset?: number
}

/** A unit of the set on one of the orders. */
export interface AdminSerialTraceabilityUnit {
  id: string
  serial: string
  line_item_id: string
  stage: string
  shipped_at: SerialDate
  returned_at: SerialDate | null
}

/** An order that received units of the set. */
export interface AdminSerialTraceabilityOrder {
  order_id: string
  display_id: number | null
  customer_id: string | null
  email: string | null
  shipped_at: SerialDate
  serial_numbers: AdminSerialTraceabilityUnit[]
}

/** A customer who received units of the set (by customer id, else by email). */
export interface AdminSerialTraceabilityCustomer {
  customer_id: string | null
  email: string | null
  order_count: number
  unit_count: number
}

/** `GET /admin/serial-traceability`: the set's units, and who received them. */
export interface AdminSerialTraceabilityResponse {
  selector: { field: string; value: string }
  units: { count: number; per_status: AdminSerialNumberStatusCounts }
  orders: AdminSerialTraceabilityOrder[]
  /** Orders that received units of the set (all pages). */
  count: number
  limit: number
  offset: number
  customers: AdminSerialTraceabilityCustomer[]
}
