import { model } from "@medusajs/framework/utils"
import { SERIAL_INBOUND_LINE_MODES } from "../../../types/serial-inbound"
import { SerialInbound } from "./serial-inbound"
import { SerialInboundSerial } from "./serial-inbound-serial"

/**
 * One inventory item expected on a manifest, either with every serial
 * (`mode` `serials`, `expected_quantity` their count) or as a count only
 * (`quantity`). `confirmed_quantity` is set on confirmation: the units
 * received on the line.
 */
export const SerialInboundLine = model
  .define("serial_inbound_line", {
    id: model.id({ prefix: "sinbl" }).primaryKey(),
    inventory_item_id: model.text(),
    mode: model.enum(SERIAL_INBOUND_LINE_MODES),
    expected_quantity: model.number(),
    confirmed_quantity: model.number().nullable(),
    attributes: model.json().nullable(),
    inbound: model.belongsTo(() => SerialInbound, { mappedBy: "lines" }),
    serials: model.hasMany(() => SerialInboundSerial, { mappedBy: "line" }),
  })
  .indexes([{ on: ["inbound_id", "inventory_item_id"], unique: true }])
