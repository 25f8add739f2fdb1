import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialEventExportFilters } from "../../../types/serial-event-export"
import {
  applySerialNumberFilters,
  SerialNumberFilters,
} from "./serial-number-filters"

/**
 * What makes events one group. `xmin` is the id of the transaction that
 * inserted the row: events are append-only (never updated), so it stays the
 * writing transaction's, and every event one write (a receipt, a shipment)
 * left shares it. Within a transaction, events of another type, status
 * change, location, order, fulfillment, return or actor form groups of
 * their own.
 */
const GROUP_KEY = [
  "(serial_event.xmin::text)::bigint",
  "serial_event.type",
  "serial_event.from_status",
  "serial_event.to_status",
  "serial_event.stock_location_id",
  "serial_event.order_id",
  "serial_event.fulfillment_id",
  "serial_event.return_id",
  "serial_event.actor_type",
  "serial_event.actor_id",
]

/**
 * The statement the event export streams: one row per event group of the
 * units the filters match (`SerialEventGroup`), oldest group first (its
 * first event's time, then id). PostgreSQL groups and sorts (spilling to
 * disk past `work_mem`), so the reader holds one group at a time.
 */
export function serialEventGroupsQuery(
  knex: Knex,
  units: SerialNumberFilters,
  events: SerialEventExportFilters = {}
): Knex.QueryBuilder {
  const query = knex("serial_event")
    .join("serial_number", "serial_number.id", "serial_event.serial_number_id")
    .whereNull("serial_event.deleted_at")
  applySerialNumberFilters(query, units)
  if (events.type) {
    query.whereIn("serial_event.type", events.type)
  }
  if (events.since) {
    query.where("serial_event.created_at", ">=", events.since)
  }
  if (events.until) {
    query.where("serial_event.created_at", "<", events.until)
  }
  return query
    .select(
      knex.raw("min(serial_event.id) as first_event_id"),
      knex.raw("min(serial_event.created_at) as event_time"),
      "serial_event.type",
      "serial_event.from_status",
      "serial_event.to_status",
      "serial_event.stock_location_id",
      "serial_event.order_id",
      "serial_event.fulfillment_id",
      "serial_event.return_id",
      "serial_event.actor_type",
      "serial_event.actor_id",
      knex.raw("count(*)::int as count"),
      knex.raw(
        "array_agg(serial_number.serial order by serial_number.normalized_serial, serial_number.id) as serials"
      ),
      knex.raw(
        "array_agg(serial_number.inventory_item_id order by serial_number.normalized_serial, serial_number.id) as inventory_item_ids"
      )
    )
    .groupByRaw(GROUP_KEY.join(", "))
    .orderByRaw("min(serial_event.created_at), min(serial_event.id)")
}
