import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  recallCustomers,
  streamRecallCustomersCsv,
} from "../../helpers/recall-customers"
import { customerSource, retrieveRecall } from "../../helpers/retrieve-recall"
import type { AdminGetSerialRecallCustomersParamsType } from "../../validators"

/**
 * The customers a campaign reaches (each order its shipped units are out
 * on: order, display id, email, ship date, serials), paged as JSON or, with
 * `?format=csv`, every one of them as a streamed CSV download.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<
    unknown,
    AdminGetSerialRecallCustomersParamsType
  >,
  res: MedusaResponse
) => {
  const recall = await retrieveRecall(req.scope, req.params.id)
  const { format, limit, offset } = req.validatedQuery
  if (format !== "csv") {
    const { customers, count } = await recallCustomers(
      req.scope,
      customerSource(recall),
      { limit, offset }
    )
    return res.json({ customers, count, limit, offset })
  }
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="recall-${recall.id}-customers.csv"`
  )
  try {
    await streamRecallCustomersCsv(req.scope, customerSource(recall), res)
  } catch (error) {
    if (!res.headersSent) throw error
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(error as Error)
  }
}
