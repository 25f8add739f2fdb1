import { model } from "@medusajs/framework/utils"
import { SERIAL_NUMBER_STATUSES } from "../../../types/serial-number-status"
import { SERIAL_EVENT_TYPES } from "../../../types/serial-event-type"
import { SerialNumber } from "./serial-number"

/**
 * Append-only lifecycle row: one per thing that happens to a unit. Never
 * updated or deleted (the service refuses, and a database trigger too); a
 * correction is a new event.
 */
export const SerialEvent = model
  .define("serial_event", {
    id: model.id({ prefix: "sev" }).primaryKey(),
    type: model.enum(SERIAL_EVENT_TYPES),
    from_status: model.enum(SERIAL_NUMBER_STATUSES).nullable(),
    to_status: model.enum(SERIAL_NUMBER_STATUSES).nullable(),
    actor_type: model.enum(["user", "customer", "system"]).default("system"),
    actor_id: model.text().nullable(),
    stock_location_id: model.text().nullable(),
    note: model.text().nullable(),
    data: model.json().nullable(),
    references: model.json().nullable(),
    // The order flow's references, typed so they can be queried and indexed.
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
    return_id: model.text().nullable(),
    serial_number: model.belongsTo(() => SerialNumber, { mappedBy: "events" }),
  })
  .indexes([
    { on: ["serial_number_id", "created_at"] },
    { on: ["type"] },
    { on: ["order_id"] },
  ])
