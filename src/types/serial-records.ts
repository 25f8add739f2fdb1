import type { SerialAllocationStage } from "./serial-allocation-stage"
import type { SerialEventActorType, SerialEventType } from "./serial-event-type"
import type { SerialImportRowError, SerialImportStatus } from "./serial-import"
import type { SerialNumberStatus } from "./serial-number-status"
import type {
  SerialAttributeValues,
  TemplateAttributeDefinition,
} from "./template-attribute"
import type {
  SerialAllocationStrategy,
  SerialTrackingMode,
} from "./tracking-policy"

/**
 * Dates as the module returns them (`Date`) or as they arrive over HTTP (ISO
 * 8601 strings).
 */
export type SerialDate = Date | string

/** One physical unit, as the `serial_inventory` module stores it. */
export interface SerialNumberDTO {
  id: string
  /** The serial as entered (trimmed, inner whitespace collapsed). */
  serial: string
  /** The unique key: NFKC, case-folded, whitespace collapsed. */
  normalized_serial: string
  status: SerialNumberStatus
  inventory_item_id: string
  stock_location_id: string | null
  bin_code: string | null
  lot: string | null
  supplier_reference: string | null
  receipt_reference: string | null
  received_at: SerialDate | null
  purchased_at: SerialDate | null
  condition_grade: string | null
  condition_notes: string | null
  template_id: string | null
  attributes: SerialAttributeValues | null
  warranty_starts_at: SerialDate | null
  warranty_expires_at: SerialDate | null
  metadata: Record<string, unknown> | null
  created_at: SerialDate
  updated_at: SerialDate
  deleted_at?: SerialDate | null
}

/** One append-only lifecycle row of a unit. */
export interface SerialEventDTO {
  id: string
  serial_number_id: string
  type: SerialEventType
  from_status: SerialNumberStatus | null
  to_status: SerialNumberStatus | null
  actor_type: SerialEventActorType
  actor_id: string | null
  stock_location_id: string | null
  note: string | null
  /** What changed, e.g. `{ changes: { bin_code: { from, to } } }`. */
  data: Record<string, unknown> | null
  /** Other ids the event refers to (receipt, transfer, count, ...). */
  references: Record<string, unknown> | null
  order_id: string | null
  line_item_id: string | null
  fulfillment_id: string | null
  return_id: string | null
  created_at: SerialDate
  updated_at: SerialDate
  deleted_at?: SerialDate | null
}

/** A reusable set of typed attribute definitions plus defaults. */
export interface SerialTemplateDTO {
  id: string
  name: string
  description: string | null
  attributes: TemplateAttributeDefinition[] | null
  warranty_months: number | null
  condition_grades: string[] | null
  metadata: Record<string, unknown> | null
  created_at: SerialDate
  updated_at: SerialDate
  deleted_at?: SerialDate | null
}

/** How one inventory item's units are tracked. */
export interface SerialTrackingPolicyDTO {
  id: string
  inventory_item_id: string
  mode: SerialTrackingMode
  template_id: string | null
  warranty_months: number | null
  allocation_strategy: SerialAllocationStrategy
  generator_pattern: string | null
  metadata: Record<string, unknown> | null
  created_at: SerialDate
  updated_at: SerialDate
  deleted_at?: SerialDate | null
}

/**
 * What a receipt hands back per created unit: the columns its insert returns
 * and the id of the unit's `received` event (a rollback must name it).
 */
export type ReceivedSerialNumberDTO = Pick<
  SerialNumberDTO,
  "id" | "serial" | "status" | "inventory_item_id" | "stock_location_id"
> & { received_event_id: string }

/** The receipt of one unit, as its rollback must name it. */
export interface SerialNumberReceipt {
  id: string
  received_event_id: string
}

/** Which unit is on which order line, and how far it got. */
export interface SerialAllocationDTO {
  id: string
  serial_number_id: string
  inventory_item_id: string
  order_id: string
  line_item_id: string
  fulfillment_id: string | null
  return_id: string | null
  stock_location_id: string | null
  stage: SerialAllocationStage
  allocated_at: SerialDate
  picked_at: SerialDate | null
  shipped_at: SerialDate | null
  delivered_at: SerialDate | null
  returned_at: SerialDate | null
  released_at: SerialDate | null
  metadata: Record<string, unknown> | null
  created_at: SerialDate
  updated_at: SerialDate
  deleted_at?: SerialDate | null
}

/** A background CSV import of units (see `SerialImportStatus`). */
export interface SerialImportDTO {
  id: string
  status: SerialImportStatus
  filename: string | null
  file_id: string | null
  total: number | null
  validated: number
  processed: number
  created: number
  errors: SerialImportRowError[] | null
  message: string | null
  actor_type: "user" | "customer" | "system"
  actor_id: string | null
  transaction_id: string | null
  completed_at: SerialDate | null
  created_at: SerialDate
  updated_at: SerialDate
}

/** A stored `Idempotency-Key` with its request hash and, once done, its response. */
export interface SerialIdempotencyKeyDTO {
  id: string
  key: string
  scope: string
  request_hash: string
  response_status: number | null
  response_body: unknown
  created_at: SerialDate
  updated_at: SerialDate
}
