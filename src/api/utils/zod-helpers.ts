import { z } from "@medusajs/framework/zod"

/** An ISO 8601 date or date-time string. */
export const isoDate = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !isNaN(Date.parse(v)), {
    message: "must be an ISO 8601 date",
  })

/** A query value given once, comma-separated, or repeated: always an array. */
export const stringList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))

export const metadata = z.record(z.string(), z.unknown()).nullish()

export const pagination = {
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}
