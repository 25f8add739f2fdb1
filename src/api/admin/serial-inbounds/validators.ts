import { z } from "@medusajs/framework/zod"
import { MAX_INBOUND_SERIALS } from "../../../modules/serial-inventory/utils/inbound-input-problems"
import { metadata, pagination, stringList, text } from "../../utils/zod-helpers"

const shortText = text().max(255).nullish()

// Serial problems (empty, too long, control characters, twice on the
// manifest) are reported by the module, by line, all in one error.
const InboundLine = z
  .object({
    inventory_item_id: text().min(1),
    /** Required without serials; with serials it must equal their count. */
    expected_quantity: z
      .number()
      .int()
      .min(1)
      .max(MAX_INBOUND_SERIALS)
      .optional(),
    /** The expected serials (pre-entered): only these can be received. */
    serials: z.array(z.string()).max(MAX_INBOUND_SERIALS).optional(),
    /** The expected serials as CSV text with a `serial` column (added to `serials`). */
    csv: z.string().max(20_000_000).optional(),
    /** Template attribute values every received unit of the line gets. */
    attributes: z
      .record(text(), z.union([text(), z.number(), z.boolean()]))
      .nullish(),
  })
  .strict()

export const AdminCreateSerialInbound = z
  .object({
    stock_location_id: text().min(1),
    /** The supplier's ASN or PO number. */
    reference: shortText,
    supplier_reference: shortText,
    metadata,
    lines: z.array(InboundLine).min(1).max(1000),
  })
  .strict()
export type AdminCreateSerialInboundType = z.infer<
  typeof AdminCreateSerialInbound
>

export const AdminScanSerialInbound = z
  .object({
    /** Scanner input: plain serials, GS1 element strings or Digital Link URLs. */
    serials: z.array(z.string()).min(1).max(MAX_INBOUND_SERIALS),
    /** The line unexpected serials go to (optional when the manifest has one line). */
    line_id: text().min(1).optional(),
  })
  .strict()
export type AdminScanSerialInboundType = z.infer<typeof AdminScanSerialInbound>

export const AdminGetSerialInboundsParams = z
  .object({
    status: stringList
      .pipe(z.array(z.enum(["open", "confirmed", "canceled"])))
      .optional(),
    stock_location_id: stringList.optional(),
    reference: text().optional(),
    ...pagination,
  })
  .strict()

export const AdminGetSerialInboundSerialsParams = z
  .object({
    line_id: text().optional(),
    /** `missing` (expected, not scanned), `scanned`, `unexpected` (scanned without being expected). */
    state: z.enum(["missing", "scanned", "unexpected"]).optional(),
    ...pagination,
  })
  .strict()
