import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { normalizeSerial } from "../../../../modules/serial-inventory/utils"
import type { AdminSerialNumberResponse } from "../../../../types"
import {
  resolveScannedSerials,
  scanProblemsError,
} from "../../../../workflows/scanner-input"
import { serialNumberResponse } from "../helpers/serial-number-response"
import type { AdminLookupSerialNumberParamsType } from "../validators"

/**
 * Exact lookup by serial (compared normalized, as a scanner would send it),
 * in the requested `fields`. `serial` may be a GS1 element string or Digital
 * Link: the unit is found by its AI 21 serial, and a GTIN that is not its
 * item's is a 400 `serial_scan_gtin_mismatch`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminLookupSerialNumberParamsType>,
  res: MedusaResponse<AdminSerialNumberResponse>
) => {
  const {
    rows: [scan],
    problems,
  } = await resolveScannedSerials(req.scope, [
    { input: req.validatedQuery.serial },
  ])
  if (problems.length) {
    throw scanProblemsError(problems)
  }
  res.json({
    serial_number: await serialNumberResponse(
      req.scope,
      { normalized_serial: normalizeSerial(scan.serial) },
      req.queryConfig.fields,
      () => `No serial number matches "${scan.serial}"`
    ),
  })
}
