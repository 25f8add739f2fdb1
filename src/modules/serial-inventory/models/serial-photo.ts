import { model } from "@medusajs/framework/utils"
import { SerialNumber } from "./serial-number"

/**
 * A photo of a unit: a reference to a file in Medusa's File module (its id
 * and url), never the image itself. Removing a photo soft-deletes the row
 * (the `photo_removed` event keeps the history); a file is attached to a
 * unit at most once among its live photos.
 */
export const SerialPhoto = model
  .define("serial_photo", {
    id: model.id({ prefix: "sphoto" }).primaryKey(),
    file_id: model.text(),
    url: model.text(),
    note: model.text().nullable(),
    actor_type: model.enum(["user", "customer", "system"]).default("system"),
    actor_id: model.text().nullable(),
    serial_number: model.belongsTo(() => SerialNumber, { mappedBy: "photos" }),
  })
  .indexes([
    { on: ["serial_number_id", "file_id"], unique: true },
    { on: ["file_id"] },
  ])
