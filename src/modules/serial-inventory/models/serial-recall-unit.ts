import { model } from "@medusajs/framework/utils"
import { SERIAL_NUMBER_STATUSES } from "../../../types/serial-number-status"
import { SerialRecall } from "./serial-recall"

/**
 * One unit an applied campaign matched: its status then, whether the apply
 * blocked it (status `recalled`) and whether it had shipped on an order (its
 * customer is affected). Written once by the apply, in one statement.
 */
export const SerialRecallUnit = model
  .define("serial_recall_unit", {
    id: model.id({ prefix: "srclu" }).primaryKey(),
    serial_number_id: model.text(),
    status_before: model.enum(SERIAL_NUMBER_STATUSES),
    blocked: model.boolean().default(false),
    shipped: model.boolean().default(false),
    /** An open allocation a `defective` close ended, and its stage then (so an undo restores it). */
    released_allocation_id: model.text().nullable(),
    released_allocation_stage: model.text().nullable(),
    recall: model.belongsTo(() => SerialRecall, { mappedBy: "units" }),
  })
  .indexes([
    { on: ["recall_id", "serial_number_id"], unique: true },
    { on: ["serial_number_id"] },
  ])
