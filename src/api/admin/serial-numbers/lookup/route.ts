import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { normalizeSerial } from "../../../../modules/serial-inventory/utils"
import type { AdminSerialNumberResponse } from "../../../../types"
import { serialNumberResponse } from "../helpers/serial-number-response"
import type { AdminLookupSerialNumberParamsType } from "../validators"

/** Exact lookup by serial (compared normalized, as a scanner would send it), in the requested `fields`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminLookupSerialNumberParamsType>,
  res: MedusaResponse<AdminSerialNumberResponse>
) => {
  const { serial } = req.validatedQuery
  res.json({
    serial_number: await serialNumberResponse(
      req.scope,
      { normalized_serial: normalizeSerial(serial) },
      req.queryConfig.fields,
      () => `No serial number matches "${serial}"`
    ),
  })
}
