import { model } from "@medusajs/framework/utils"
import { SerialInbound } from "./serial-inbound"
import { SerialInboundLine } from "./serial-inbound-line"

/**
 * A serial on a manifest: pre-entered (`expected`, scanned or not yet) or
 * scanned without being expected (a quantity line's serial, or an extra).
 * One row per normalized serial per manifest; `scan_count` counts every
 * scan of it. An undone unexpected scan is soft-deleted.
 */
export const SerialInboundSerial = model
  .define("serial_inbound_serial", {
    id: model.id({ prefix: "sinbs" }).primaryKey(),
    serial: model.text(),
    normalized_serial: model.text(),
    expected: model.boolean().default(false),
    scan_count: model.number().default(0),
    scanned_at: model.dateTime().nullable(),
    inbound: model.belongsTo(() => SerialInbound, { mappedBy: "serials" }),
    line: model.belongsTo(() => SerialInboundLine, { mappedBy: "serials" }),
  })
  .indexes([
    { on: ["inbound_id", "normalized_serial"], unique: true },
    { on: ["line_id"] },
    { on: ["normalized_serial"] },
  ])
