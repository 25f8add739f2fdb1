import { z } from "@medusajs/framework/zod"
import { MAX_RECEIPT_UNITS } from "../../../workflows/serial-receipts/utils/plan-receipt-units"
import { isoDate, text } from "../../utils/zod-helpers"

const shortText = text().max(255).nullish()
const attributeValues = z.record(
  text(),
  z.union([text(), z.number(), z.boolean()])
)

// Serial problems (empty, too long, control characters, duplicates) are
// reported by the module, per unit, all in one error.
const ReceiptUnit = z
  .object({
    serial: z.string(),
    attributes: attributeValues.nullish(),
    condition_grade: shortText,
    condition_notes: text().max(4000).nullish(),
    bin_code: shortText,
    lot: shortText,
  })
  .strict()

export const AdminCreateSerialReceipt = z
  .object({
    inventory_item_id: text().min(1),
    stock_location_id: text().min(1),
    /** Scanned or typed serials, plain or with per-unit values. */
    serials: z
      .array(z.union([z.string(), ReceiptUnit]))
      .max(MAX_RECEIPT_UNITS)
      .optional(),
    /** `FIRST..LAST`, e.g. `SN-0001..SN-0500` (zero padding kept). */
    ranges: z.array(text().max(520)).max(100).optional(),
    generate: z
      .object({ count: z.number().int().min(1).max(MAX_RECEIPT_UNITS) })
      .strict()
      .optional(),
    attributes: attributeValues.nullish(),
    condition_grade: shortText,
    condition_notes: text().max(4000).nullish(),
    bin_code: shortText,
    lot: shortText,
    supplier_reference: shortText,
    receipt_reference: shortText,
    received_at: isoDate.nullish(),
    serialize_existing: z.boolean().optional(),
  })
  .strict()
export type AdminCreateSerialReceiptType = z.infer<
  typeof AdminCreateSerialReceipt
>

export const AdminCheckSerialReceipt = z
  .object({
    inventory_item_id: text().min(1),
    serials: z.array(z.string()).min(1).max(MAX_RECEIPT_UNITS),
  })
  .strict()
export type AdminCheckSerialReceiptType = z.infer<
  typeof AdminCheckSerialReceipt
>
