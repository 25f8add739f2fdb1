import { model } from "@medusajs/framework/utils"
import {
  SERIAL_RECALL_DISPOSITIONS,
  SERIAL_RECALL_STATUSES,
  SerialRecallStatus,
} from "../../../types/serial-recall"
import { SerialRecallUnit } from "./serial-recall-unit"

/**
 * A recall campaign: which units it covers (`selector`, criteria ANDed), and
 * where it is. Applying it records every matched unit in `serial_recall_unit`
 * and blocks those in stock or on an order line and not shipped (status
 * `recalled`); closing it releases them or marks them defective. Status
 * moves draft -> applied -> closed, only through the module's recall
 * operations; a closed campaign never changes again.
 */
export const SerialRecall = model
  .define("serial_recall", {
    id: model.id({ prefix: "srcl" }).primaryKey(),
    name: model.text().searchable(),
    reason: model.text().nullable(),
    status: model
      .enum(SERIAL_RECALL_STATUSES)
      .default(SerialRecallStatus.DRAFT),
    selector: model.json(),
    /** Units the selector matched when applied (every status). */
    matched_count: model.number().default(0),
    /** Units the apply blocked. */
    blocked_count: model.number().default(0),
    /** Matched units already shipped on orders (their customers are listed). */
    shipped_count: model.number().default(0),
    disposition: model.enum(SERIAL_RECALL_DISPOSITIONS).nullable(),
    close_note: model.text().nullable(),
    applied_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    actor_type: model.enum(["user", "customer", "system"]).default("system"),
    actor_id: model.text().nullable(),
    units: model.hasMany(() => SerialRecallUnit, { mappedBy: "recall" }),
  })
  .indexes([{ on: ["status"] }])
