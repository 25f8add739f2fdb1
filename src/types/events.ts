/** Events the plugin emits on Medusa's event bus, declared once. */
export const SerialNumberEvents = {
  CREATED: "serial_number.created",
  UPDATED: "serial_number.updated",
  RESERVED: "serial_number.reserved",
  RELEASED: "serial_number.released",
  SOLD: "serial_number.sold",
  RETURNED: "serial_number.returned",
  RESTOCKED: "serial_number.restocked",
  MARKED_DEFECTIVE: "serial_number.marked_defective",
  ALLOCATED: "serial_number.allocated",
  PICKED: "serial_number.picked",
  SHIPPED: "serial_number.shipped",
  DELIVERED: "serial_number.delivered",
  PHOTO_ADDED: "serial_number.photo_added",
  PHOTO_REMOVED: "serial_number.photo_removed",
} as const

/**
 * Payload of `serial_number.photo_added` and `.photo_removed`: the unit, and
 * its photos that were attached or removed with their File module ids (same
 * order).
 */
export interface SerialPhotoEventPayload {
  serial_number_id: string
  photo_ids: string[]
  file_ids: string[]
}

/** The event payload for the photos one write attached or removed. */
export function serialPhotoEventPayload(change: {
  serial_number_id: string
  photos: { id: string; file_id: string }[]
}): SerialPhotoEventPayload {
  return {
    serial_number_id: change.serial_number_id,
    photo_ids: change.photos.map((p) => p.id),
    file_ids: change.photos.map((p) => p.file_id),
  }
}

/** One unit an order-flow step moved (the steps' result, one per unit). */
export interface SerialOrderFlowEventData {
  id: string
  serial: string
  order_id: string
  line_item_id: string
  fulfillment_id?: string | null
  return_id?: string | null
}

/** Events about Medusa's stock levels of tracked items. */
export const SerialInventoryEvents = {
  /** A reconcile set `stocked_quantity` to the unit count (payload `SerialStockReconciledPayload[]`, one event each). */
  STOCK_RECONCILED: "serial_inventory.stock_reconciled",
} as const

export const SerialTemplateEvents = {
  CREATED: "serial_template.created",
  UPDATED: "serial_template.updated",
  DELETED: "serial_template.deleted",
} as const

/**
 * Payload of `serial_number.picked|shipped|delivered` and of
 * `serial_number.returned` from the returns route: one event per step,
 * naming its order, the units' ids and serials (same order), and the
 * fulfillment or return.
 */
export interface SerialOrderFlowEventPayload {
  order_id: string | null
  ids: string[]
  serials: string[]
  fulfillment_id?: string | null
  return_id?: string | null
}

/** The event payload for the units one order-flow step moved. */
export function orderFlowEventPayload(
  units: SerialOrderFlowEventData[],
  refs: { fulfillment_id?: string | null; return_id?: string | null } = {}
): SerialOrderFlowEventPayload {
  return {
    order_id: units[0]?.order_id ?? null,
    ids: units.map((u) => u.id),
    serials: units.map((u) => u.serial),
    ...refs,
  }
}

/** Events about recall campaigns (payload `{ id }`; `closed` adds `disposition`). */
export const SerialRecallEvents = {
  CREATED: "serial_recall.created",
  APPLIED: "serial_recall.applied",
  CLOSED: "serial_recall.closed",
} as const
