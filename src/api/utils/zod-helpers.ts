import { z } from "@medusajs/framework/zod"
import { toUtcInstant } from "../../modules/serial-inventory/utils/dates"

const NO_NUL = { message: "must not contain NUL characters" }

/** A string without NUL characters (PostgreSQL refuses them in text and jsonb). */
export const text = () =>
  z.string().refine((v) => !v.includes("\u0000"), NO_NUL)

/** A real calendar date (YYYY-MM-DD) or a date-time with an offset, passed on as a UTC instant. */
export const isoDate = z
  .string()
  .refine((v) => toUtcInstant(v) !== null, {
    message:
      "must be a real ISO 8601 date (YYYY-MM-DD, or a date-time with Z or an offset)",
  })
  .transform((v) => toUtcInstant(v) as string)

/** A query value given once, comma-separated, or repeated: always an array. */
export const stringList = z
  .union([text(), z.array(text())])
  .transform((v) =>
    (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean)
  )

/** Free-form JSON object (merged on update), without NUL characters anywhere. */
export const metadata = z
  .record(z.string(), z.unknown())
  .refine((v) => !JSON.stringify(v).includes("\\u0000"), NO_NUL)
  .nullish()

export const pagination = {
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}
