import { model } from "@medusajs/framework/utils"
import { SERIAL_NUMBER_STATUSES } from "../../../types/serial-number-status"
import { SerialAllocation } from "./serial-allocation"
import { SerialEvent } from "./serial-event"
import { SerialPhoto } from "./serial-photo"

/**
 * One physical unit. `normalized_serial` is what uniqueness is enforced on.
 * `status` changes only through the service's transition method.
 */
export const SerialNumber = model
  .define("serial_number", {
    id: model.id({ prefix: "sn" }).primaryKey(),
    serial: model.text().searchable(),
    normalized_serial: model.text(),
    status: model.enum(SERIAL_NUMBER_STATUSES).default("in_stock"),
    inventory_item_id: model.text(),
    stock_location_id: model.text().nullable(),
    bin_code: model.text().nullable(),
    lot: model.text().nullable(),
    supplier_reference: model.text().nullable(),
    receipt_reference: model.text().nullable(),
    received_at: model.dateTime().nullable(),
    purchased_at: model.dateTime().nullable(),
    condition_grade: model.text().nullable(),
    condition_notes: model.text().nullable(),
    template_id: model.text().nullable(),
    attributes: model.json().nullable(),
    warranty_starts_at: model.dateTime().nullable(),
    warranty_expires_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    events: model.hasMany(() => SerialEvent, { mappedBy: "serial_number" }),
    allocations: model.hasMany(() => SerialAllocation, {
      mappedBy: "serial_number",
    }),
    photos: model.hasMany(() => SerialPhoto, { mappedBy: "serial_number" }),
  })
  .indexes([
    { on: ["normalized_serial"], unique: true },
    { on: ["inventory_item_id", "status"] },
    { on: ["status"] },
    { on: ["stock_location_id"] },
    { on: ["lot"] },
    { on: ["template_id"] },
    { on: ["warranty_expires_at"] },
  ])
