import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
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
  await streamSerialCsv(req.scope, filters, res)
}
