import { z } from "@medusajs/framework/zod"
import { SERIAL_EVENT_TYPES } from "../../../types/serial-event-type"
import { SERIAL_EVENT_EXPORT_FORMATS } from "../../../types/serial-event-export"
import { isoDate, stringList } from "../../utils/zod-helpers"
import { serialNumberListFilters } from "../serial-numbers/validators"

const httpBase = z
  .string()
  .url()
  .refine((v) => /^https?:\/\//.test(v), { message: "must be an http(s) URL" })
  .transform((v) => v.replace(/\/+$/, ""))

/**
 * `GET /admin/serial-events/export`: the unit filters of
 * `GET /admin/serial-numbers`, plus the format, event types, a time window
 * (`since` inclusive, `until` exclusive) and the base of the URIs the EPCIS
 * document mints (default: the request's origin).
 */
export const AdminExportSerialEventsParams = z
  .object({
    ...serialNumberListFilters,
    format: z.enum(SERIAL_EVENT_EXPORT_FORMATS).default("csv"),
    type: stringList
      .pipe(z.array(z.enum(SERIAL_EVENT_TYPES as [string, ...string[]])))
      .optional(),
    since: isoDate.optional(),
    until: isoDate.optional(),
    epc_base: httpBase.optional(),
  })
  .strict()
  .refine((p) => !p.since || !p.until || p.since < p.until, {
    message: "since must be before until",
    path: ["since"],
  })
export type AdminExportSerialEventsParamsType = z.infer<
  typeof AdminExportSerialEventsParams
>
