import type { SerialEventGroup } from "../../../../types/serial-event-export"

/** Columns of the CSV export, in order (the JSON lines carry the same keys). */
export const SERIAL_EVENT_EXPORT_COLUMNS = [
  "event_group_id",
  "event_time",
  "type",
  "from_status",
  "to_status",
  "stock_location_id",
  "order_id",
  "fulfillment_id",
  "return_id",
  "actor_type",
  "actor_id",
  "count",
  "serials",
] as const

export type SerialEventGroupRecord = Record<
  (typeof SERIAL_EVENT_EXPORT_COLUMNS)[number],
  string | number | null
>

/**
 * Serials joined with `|`; a `|` or `\` inside a serial is escaped with `\`
 * (`A|B` becomes `A\|B`), so splitting on unescaped pipes gives them back.
 */
export function pipeSerials(serials: string[]): string {
  return serials.map((s) => s.replace(/[\\|]/g, (c) => `\\${c}`)).join("|")
}

/** One export row: a group with its serials pipe-delimited. */
export function serialEventGroupRecord(
  group: SerialEventGroup
): SerialEventGroupRecord {
  return {
    event_group_id: group.first_event_id,
    event_time: new Date(group.event_time).toISOString(),
    type: group.type,
    from_status: group.from_status,
    to_status: group.to_status,
    stock_location_id: group.stock_location_id,
    order_id: group.order_id,
    fulfillment_id: group.fulfillment_id,
    return_id: group.return_id,
    actor_type: group.actor_type,
    actor_id: group.actor_id,
    count: Number(group.count),
    serials: pipeSerials(group.serials),
  }
}
