import type { SerialEventType } from "../../types/serial-event-type"

/** How each kind of lifecycle event reads in a unit's timeline. */
export const EVENT_LABELS: Record<SerialEventType, string> = {
  received: "Received",
  reserved: "Reserved",
  released: "Released",
  sold: "Sold",
  returned: "Returned",
  restocked: "Restocked",
  marked_defective: "Marked defective",
  moved: "Moved",
  condition_changed: "Condition changed",
  attributes_changed: "Attributes changed",
  updated: "Updated",
  reverted: "Reverted",
  note: "Note",
  allocated: "Allocated to order",
  picked: "Picked",
  shipped: "Shipped",
  delivered: "Delivered",
  photo_added: "Photo added",
  photo_removed: "Photo removed",
  adjusted: "Stock level reconciled",
  recalled: "Blocked by a recall",
  recall_released: "Released from a recall",
}
