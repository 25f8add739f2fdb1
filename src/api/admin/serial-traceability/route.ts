import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialTraceabilityResponse } from "../../../types/http"
import { traceabilityResponse } from "./helpers/traceability-response"
import type { AdminGetSerialTraceabilityParamsType } from "./validators"

/**
 * Which orders and customers received units of a lot, supplier reference,
 * receipt reference or template attribute value (`attribute=key:value`):
 * exactly one selector, else a 400 naming the problem. Answers the units
 * per status, a page of the orders (`limit`, `offset`) with the serials
 * each received, and the distinct customers.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<
    unknown,
    AdminGetSerialTraceabilityParamsType
  >,
  res: MedusaResponse<AdminSerialTraceabilityResponse>
) => {
  res.json(
    await traceabilityResponse(
      req.scope,
      req.validatedQuery as unknown as AdminGetSerialTraceabilityParamsType
    )
  )
}
