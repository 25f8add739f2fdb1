import { model } from "@medusajs/framework/utils"

/**
 * The last number handed out for one generator pattern. Taking numbers is
 * one `UPDATE ... RETURNING` on this row, so concurrent receipts queue on
 * its lock and a number is never handed out twice, even when the receipt
 * that took it rolls back.
 */
export const SerialSequence = model
  .define("serial_sequence", {
    id: model.id({ prefix: "sseq" }).primaryKey(),
    key: model.text(),
    last_value: model.number().default(0),
  })
  .indexes([{ on: ["key"], unique: true }])
