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
} as const

/**
 * Payload of the order-flow events (`picked`, `shipped`, `delivered`,
 * `returned` from the returns route): one event per unit.
 */
export interface SerialOrderFlowEventData {
  id: string
  serial: string
  order_id: string
  line_item_id: string
  fulfillment_id?: string | null
  return_id?: string | null
}

export const SerialTemplateEvents = {
  CREATED: "serial_template.created",
  UPDATED: "serial_template.updated",
  DELETED: "serial_template.deleted",
} as const
