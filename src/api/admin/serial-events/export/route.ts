import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import { resolveSerialNumberFilters } from "../../serial-numbers/helpers/resolve-serial-number-filters"
import { streamSerialEventExport } from "../helpers/stream-serial-event-export"
import type { AdminExportSerialEventsParamsType } from "../validators"

const CONTENT = {
  csv: ["text/csv; charset=utf-8", "csv"],
  jsonl: ["application/x-ndjson; charset=utf-8", "jsonl"],
  epcis: ["application/ld+json; charset=utf-8", "jsonld"],
} as const

/**
 * The lifecycle events of the units the filters match, one row (CSV, JSON
 * lines) or one EPCIS `ObjectEvent` per event group, streamed from a
 * server-side cursor as a download.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminExportSerialEventsParamsType>,
  res: MedusaResponse
) => {
  const { format, type, since, until, epc_base, ...unitParams } =
    req.validatedQuery
  const filters = await resolveSerialNumberFilters(req.scope, unitParams)
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const groups = await service.streamSerialEventGroups(filters, {
    type,
    since,
    until,
  })
  const base = epc_base ?? `${req.protocol}://${req.get("host")}`
  const [contentType, extension] = CONTENT[format]
  const day = new Date().toISOString().slice(0, 10)
  res.setHeader("Content-Type", contentType)
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="serial-events-${day}.${extension}"`
  )
  try {
    await streamSerialEventExport(req.scope, groups, format, base, res)
  } catch (error) {
    if (!res.headersSent) throw error
    // Too late for an error response: the download is cut off, the error logged.
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(error as Error)
  }
}
