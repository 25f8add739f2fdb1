import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveSerialNumberFilters } from "../helpers/resolve-serial-number-filters"
import { streamSerialCsv } from "../helpers/stream-serial-csv"
import type { AdminExportSerialNumbersParamsType } from "../validators"

/**
 * The units the list's filters match (the same query parameters as
 * `GET /admin/serial-numbers`, without paging), streamed as a CSV file in
 * serial order: the format `POST /admin/serial-imports` reads.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminExportSerialNumbersParamsType>,
  res: MedusaResponse
) => {
  const filters = await resolveSerialNumberFilters(
    req.scope,
    req.validatedQuery
  )
  const day = new Date().toISOString().slice(0, 10)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="serial-numbers-${day}.csv"`
  )
  try {
    await streamSerialCsv(req.scope, filters, res)
  } catch (error) {
    if (!res.headersSent) throw error
    // Too late for an error response: the download is cut off, the error logged.
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(error as Error)
  }
}
