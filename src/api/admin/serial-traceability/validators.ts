import { z } from "@medusajs/framework/zod"
import type { SerialUnitFilter } from "../../../types/serial-unit-filter"
import { pagination, text } from "../../utils/zod-helpers"

/** The selectors of `GET /admin/serial-traceability`; exactly one is given. */
export const TRACEABILITY_SELECTORS = [
  "lot",
  "supplier_reference",
  "receipt_reference",
  "attribute",
] as const

const value = () => text().trim().min(1, "must not be empty").max(500)

/** `key:value`: split at the first colon, both parts non-empty. */
const attribute = value().refine(
  (v) => {
    const at = v.indexOf(":")
    return at > 0 && at < v.length - 1
  },
  { message: 'must be "key:value" (a template attribute key and its value)' }
)

export const AdminGetSerialTraceabilityParams = z
  .object({
    lot: value().optional(),
    supplier_reference: value().optional(),
    receipt_reference: value().optional(),
    attribute: attribute.optional(),
    limit: pagination.limit,
    offset: pagination.offset,
  })
  .strict()
  .superRefine((q, ctx) => {
    const given = TRACEABILITY_SELECTORS.filter((k) => q[k] !== undefined)
    if (given.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: given.length
          ? `give exactly one selector, got ${given.join(" and ")}`
          : `give exactly one selector: ${TRACEABILITY_SELECTORS.join(", ")} (as key:value)`,
      })
    }
  })
  .transform((q) => {
    const field = TRACEABILITY_SELECTORS.find((k) => q[k] !== undefined)!
    const raw = q[field]!
    const at = raw.indexOf(":")
    const filter: SerialUnitFilter =
      field === "attribute"
        ? {
            attribute: {
              key: raw.slice(0, at).trim(),
              value: raw.slice(at + 1).trim(),
            },
          }
        : { [field]: raw }
    return {
      selector: { field, value: raw },
      filter,
      limit: q.limit,
      offset: q.offset,
    }
  })
export type AdminGetSerialTraceabilityParamsType = z.infer<
  typeof AdminGetSerialTraceabilityParams
>
