import { model } from "@medusajs/framework/utils"
import { SERIAL_IMPORT_STATUSES } from "../../../types/serial-import"

/**
 * A CSV import of units, run in the background by `importSerialNumbersWorkflow`:
 * the stored file, where the run is, and every refused row. Progress is read
 * from here (`GET /admin/serial-imports/:id`).
 */
export const SerialImport = model
  .define("serial_import", {
    id: model.id({ prefix: "simp" }).primaryKey(),
    status: model.enum(SERIAL_IMPORT_STATUSES).default("pending"),
    filename: model.text().nullable(),
    /** The File module's id of the uploaded CSV (deleted once the run ends). */
    file_id: model.text().nullable(),
    /** Data rows in the file, known once the first pass ends. */
    total: model.number().nullable(),
    /** Rows checked by the first pass. */
    validated: model.number().default(0),
    /** Rows written by the second pass. */
    processed: model.number().default(0),
    created: model.number().default(0),
    /** Every refused row, `{ row, column?, message }`. */
    errors: model.json().nullable(),
    /** Why a run failed when it was not bad rows (a chunk that could not be written). */
    message: model.text().nullable(),
    actor_type: model.enum(["user", "customer", "system"]).default("system"),
    actor_id: model.text().nullable(),
    transaction_id: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status"] }])
