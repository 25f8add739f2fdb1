/**
 * One group of lifecycle events as the event export reads it: the events of
 * one type that one transaction wrote for the same location, order,
 * fulfillment, return, actor and status change (a receipt of 500 units is
 * one group; a shipment of a fulfillment is one group).
 */
export interface SerialEventGroup {
  /** Id of the group's first event (stable: the group's handle in every format). */
  first_event_id: string
  /** When the group's first event was written. */
  event_time: Date
  type: string
  from_status: string | null
  to_status: string | null
  stock_location_id: string | null
  order_id: string | null
  fulfillment_id: string | null
  return_id: string | null
  actor_type: string
  actor_id: string | null
  /** Events in the group (one per unit). */
  count: number
  /** The units' serials as entered, in normalized serial order. */
  serials: string[]
  /** Each serial's inventory item, in the same order. */
  inventory_item_ids: string[]
}

/** Event filters of the export, on top of the unit filters. */
export interface SerialEventExportFilters {
  /** Event types (`received`, `shipped`, ...). */
  type?: string[]
  /** Events written at or after this instant (ISO 8601, UTC). */
  since?: string
  /** Events written before this instant (ISO 8601, UTC). */
  until?: string
}

/** Formats of `GET /admin/serial-events/export`. */
export const SERIAL_EVENT_EXPORT_FORMATS = ["csv", "jsonl", "epcis"] as const
export type SerialEventExportFormat =
  (typeof SERIAL_EVENT_EXPORT_FORMATS)[number]
