import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { MAX_SCAN_LENGTH } from "../../../modules/serial-inventory/utils/read-scan"
import { SERIAL_NUMBER_STATUSES } from "../../../types/serial-number-status"
import {
  isoDate,
  metadata,
  pagination,
  stringList,
  text,
} from "../../utils/zod-helpers"

const shortText = text().max(255).nullish()
const attributeValues = z.record(
  text(),
  z.union([text(), z.number(), z.boolean()])
)

export const AdminCreateSerialNumber = z
  .object({
    // Serial problems (empty, too long, control characters) are reported by
    // the module per row, together with duplicates, so one error names all.
    // Serial problems (checked by the module, per row, together with duplicates).
    serial: z.string(),
    inventory_item_id: text().min(1),
    stock_location_id: text().min(1).nullish(),
    bin_code: shortText,
    lot: shortText,
    supplier_reference: shortText,
    receipt_reference: shortText,
    received_at: isoDate.nullish(),
    purchased_at: isoDate.nullish(),
    condition_grade: shortText,
    condition_notes: text().max(4000).nullish(),
    template_id: text().min(1).nullish(),
    attributes: attributeValues.nullish(),
    warranty_starts_at: isoDate.nullish(),
    warranty_expires_at: isoDate.nullish(),
    metadata,
  })
  .strict()

export const MAX_BATCH = 10000

export const AdminCreateSerialNumbers = z
  .object({
    serial_numbers: z.array(AdminCreateSerialNumber).min(1).max(MAX_BATCH),
  })
  .strict()
export type AdminCreateSerialNumbersType = z.infer<
  typeof AdminCreateSerialNumbers
>

export const AdminUpdateSerialNumber = z
  .object({
    bin_code: shortText,
    lot: shortText,
    supplier_reference: shortText,
    receipt_reference: shortText,
    received_at: isoDate.nullish(),
    purchased_at: isoDate.nullish(),
    condition_grade: shortText,
    condition_notes: text().max(4000).nullish(),
    attributes: z
      .record(text(), z.union([text(), z.number(), z.boolean(), z.null()]))
      .nullish(),
    warranty_starts_at: isoDate.nullish(),
    warranty_expires_at: isoDate.nullish(),
    metadata,
  })
  .strict()
export type AdminUpdateSerialNumberType = z.infer<
  typeof AdminUpdateSerialNumber
>

export const AdminSerialNumberTransition = z
  .object({ note: text().max(2000).optional() })
  .strict()
export type AdminSerialNumberTransitionType = z.infer<
  typeof AdminSerialNumberTransition
>

/** `fields` as Medusa's routes take it (see `query-config.ts`). */
export const AdminGetSerialNumberParams = createSelectParams().strict()
export type AdminGetSerialNumberParamsType = z.infer<
  typeof AdminGetSerialNumberParams
>

/** The list's filters, shared by the list and the CSV export. */
export const serialNumberListFilters = {
  q: text().max(128).optional(),
  serial: text().max(MAX_SCAN_LENGTH).optional(),
  status: stringList
    .pipe(z.array(z.enum(SERIAL_NUMBER_STATUSES as [string, ...string[]])))
    .optional(),
  product_id: stringList.optional(),
  variant_id: stringList.optional(),
  inventory_item_id: stringList.optional(),
  stock_location_id: stringList.optional(),
  lot: stringList.optional(),
  template_id: stringList.optional(),
  order_id: stringList.optional(),
  line_item_id: stringList.optional(),
  warranty: z.enum(["active", "expired", "none"]).optional(),
}

export const AdminGetSerialNumbersParams = createSelectParams()
  .extend({
    ...serialNumberListFilters,
    order: z
      .enum([
        "created_at",
        "-created_at",
        "serial",
        "-serial",
        "updated_at",
        "-updated_at",
        "received_at",
        "-received_at",
      ])
      .optional(),
    ...pagination,
  })
  .strict()
export type AdminGetSerialNumbersParamsType = z.infer<
  typeof AdminGetSerialNumbersParams
>

/** `GET /admin/serial-numbers/export`: the list's filters; units come ordered by serial. */
export const AdminExportSerialNumbersParams = z
  .object(serialNumberListFilters)
  .strict()
export type AdminExportSerialNumbersParamsType = z.infer<
  typeof AdminExportSerialNumbersParams
>

export const AdminLookupSerialNumberParams = createSelectParams()
  .extend({ serial: text().min(1).max(MAX_SCAN_LENGTH) })
  .strict()
export type AdminLookupSerialNumberParamsType = z.infer<
  typeof AdminLookupSerialNumberParams
>

/** Most photos one request attaches. */
export const MAX_PHOTOS_PER_REQUEST = 20

const isHttpUrl = (value: string) => {
  try {
    const { protocol } = new URL(value)
    return protocol === "http:" || protocol === "https:"
  } catch {
    return false
  }
}

/** `{ photos: [{ file_id, url, note? }] }`: files uploaded before (`POST /admin/uploads`). */
export const AdminCreateSerialPhotos = z
  .object({
    photos: z
      .array(
        z
          .object({
            file_id: text().min(1).max(1024),
            url: text()
              .max(2048)
              .refine(isHttpUrl, { message: "must be an http(s) URL" }),
            note: text().max(2000).optional(),
          })
          .strict()
      )
      .min(1)
      .max(MAX_PHOTOS_PER_REQUEST),
  })
  .strict()
export type AdminCreateSerialPhotosType = z.infer<
  typeof AdminCreateSerialPhotos
>

/** `GET /admin/serial-numbers/:id/photos` takes no query parameters. */
export const AdminGetSerialPhotosParams = z.object({}).strict()

/** `GET /admin/serial-numbers/:id/trace` takes no query parameters. */
export const AdminGetSerialTraceParams = z.object({}).strict()
