import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialTraceResponse } from "../../../../../types/http"
import { serialUnitTrace } from "../../helpers/serial-unit-trace"

/**
 * One unit's whole chain in time order: receipt (references, lot,
 * location, manifest), every order line it was on with the customer,
 * returns and their disposition, resales, and every event. Admin only
 * (it names customers). To trace by serial, find the unit with
 * `GET /admin/serial-numbers/lookup?serial=`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialTraceResponse>
) => {
  res.json(await serialUnitTrace(req.scope, req.params.id))
}
