import { z } from "@medusajs/framework/zod"
import {
  MAX_RECALL_LIST_SIZE,
  SERIAL_RECALL_DISPOSITIONS,
  SERIAL_RECALL_STATUSES,
} from "../../../types/serial-recall"
import { isoDate, pagination, stringList, text } from "../../utils/zod-helpers"

const shortText = text().max(255).nullish()

/**
 * A recall selector: every criterion given must hold (AND). `serials_text`
 * is a pasted list or CSV (a `serial` column, or one serial a line or cell)
 * and joins `serials`. At least one criterion, a valid range and window are
 * checked by the module, which names each problem.
 */
export const AdminSerialRecallSelector = z
  .object({
    serial_range: text().max(520).nullish(),
    lot: shortText,
    supplier_reference: shortText,
    receipt_reference: shortText,
    attribute: z
      .object({
        key: text().min(1).max(255),
        value: z.union([text().max(1000), z.number(), z.boolean()]),
      })
      .strict()
      .nullish(),
    received_from: isoDate.nullish(),
    received_to: isoDate.nullish(),
    serials: z.array(text().max(128)).max(MAX_RECALL_LIST_SIZE).nullish(),
    serials_text: text().max(5_000_000).nullish(),
    inventory_item_ids: z.array(text().min(1)).max(1000).nullish(),
  })
  .strict()
export type AdminSerialRecallSelectorType = z.infer<
  typeof AdminSerialRecallSelector
>

export const AdminCreateSerialRecall = z
  .object({
    name: text().trim().min(1).max(255),
    reason: text().max(4000).nullish(),
    selector: AdminSerialRecallSelector,
  })
  .strict()
export type AdminCreateSerialRecallType = z.infer<
  typeof AdminCreateSerialRecall
>

export const AdminPreviewSerialRecall = z
  .object({ selector: AdminSerialRecallSelector })
  .strict()
export type AdminPreviewSerialRecallType = z.infer<
  typeof AdminPreviewSerialRecall
>

export const AdminCloseSerialRecall = z
  .object({
    disposition: z.enum(SERIAL_RECALL_DISPOSITIONS as [string, ...string[]]),
    note: text().max(4000).nullish(),
  })
  .strict()
export type AdminCloseSerialRecallType = z.infer<typeof AdminCloseSerialRecall>

export const AdminGetSerialRecallsParams = z
  .object({
    ...pagination,
    status: stringList
      .pipe(z.array(z.enum(SERIAL_RECALL_STATUSES as [string, ...string[]])))
      .optional(),
  })
  .strict()
export type AdminGetSerialRecallsParamsType = z.infer<
  typeof AdminGetSerialRecallsParams
>

export const AdminGetSerialRecallCustomersParams = z
  .object({
    ...pagination,
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict()
export type AdminGetSerialRecallCustomersParamsType = z.infer<
  typeof AdminGetSerialRecallCustomersParams
>
