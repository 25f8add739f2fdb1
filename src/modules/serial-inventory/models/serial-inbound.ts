import { model } from "@medusajs/framework/utils"
import { SERIAL_INBOUND_STATUSES } from "../../../types/serial-inbound"
import { SerialInboundLine } from "./serial-inbound-line"
import { SerialInboundSerial } from "./serial-inbound-serial"

/**
 * An inbound manifest (ASN / pre-receipt) at one stock location: what a
 * supplier said is coming, line by inventory item. Scans are checked against
 * it; confirming receives the scanned units (status `confirmed`, nothing on
 * it changes after). Status changes only through the module's operations.
 */
export const SerialInbound = model
  .define("serial_inbound", {
    id: model.id({ prefix: "sinb" }).primaryKey(),
    stock_location_id: model.text(),
    reference: model.text().nullable(),
    supplier_reference: model.text().nullable(),
    status: model.enum(SERIAL_INBOUND_STATUSES).default("open"),
    confirmed_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    lines: model.hasMany(() => SerialInboundLine, { mappedBy: "inbound" }),
    serials: model.hasMany(() => SerialInboundSerial, { mappedBy: "inbound" }),
  })
  .indexes([
    { on: ["stock_location_id", "status"] },
    { on: ["reference"] },
    { on: ["status"] },
  ])
