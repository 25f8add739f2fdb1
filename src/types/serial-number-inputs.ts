import type {
  SerialNumberAction,
  SerialNumberStatus,
} from "./serial-number-status"
import type { SerialEventActorType } from "./serial-event-type"
import type { SerialAttributeValues } from "./template-attribute"

/** One unit to create. It always starts `in_stock` with a `received` event. */
export interface CreateSerialNumberInput {
  serial: string
  inventory_item_id: string
  stock_location_id?: string | null
  bin_code?: string | null
  lot?: string | null
  supplier_reference?: string | null
  receipt_reference?: string | null
  received_at?: Date | string | null
  purchased_at?: Date | string | null
  condition_grade?: string | null
  condition_notes?: string | null
  /** Overrides the template of the item's tracking policy. */
  template_id?: string | null
  attributes?: SerialAttributeValues | null
  warranty_starts_at?: Date | string | null
  warranty_expires_at?: Date | string | null
  metadata?: Record<string, unknown> | null
}

/** Non-status fields of one unit to change; `attributes`/`metadata` merge (null removes a key). */
export interface UpdateSerialNumberInput {
  id: string
  bin_code?: string | null
  lot?: string | null
  supplier_reference?: string | null
  receipt_reference?: string | null
  received_at?: Date | string | null
  purchased_at?: Date | string | null
  condition_grade?: string | null
  condition_notes?: string | null
  attributes?: Record<string, unknown> | null
  warranty_starts_at?: Date | string | null
  warranty_expires_at?: Date | string | null
  metadata?: Record<string, unknown> | null
}

/** Who did it, and why: recorded on every event a write leaves. */
export interface SerialActorContext {
  actor_type?: SerialEventActorType
  actor_id?: string | null
  note?: string | null
  references?: Record<string, unknown> | null
}

export interface TransitionSerialNumbersInput extends SerialActorContext {
  ids: string[]
  action: SerialNumberAction
}

/**
 * What a transition changed, per unit: enough to undo it exactly, and to
 * adjust Medusa's stock for it (item, location, tracking mode).
 */
export interface SerialTransitionRecord {
  id: string
  inventory_item_id: string
  stock_location_id: string | null
  /** The item's tracking mode when the transition ran. */
  tracking_mode: string | null
  /** For a unit leaving `returned`: the Medusa return it came back on (null when marked returned by hand). */
  return_id?: string | null
  /** The status event the transition wrote; a revert requires it to still be the latest. */
  event_id: string
  serial: string
  from_status: SerialNumberStatus
  to_status: SerialNumberStatus
  warranty_starts_at: Date | string | null
  warranty_expires_at: Date | string | null
}

export interface RevertSerialTransitionsInput extends SerialActorContext {
  action: SerialNumberAction
  records: SerialTransitionRecord[]
}
