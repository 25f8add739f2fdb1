import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import { serialError } from "../../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../../types/error-codes"
import { serialNumberResponse } from "../helpers/serial-number-response"

/** Exact lookup by serial (compared normalized, as a scanner would send it). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { serial } = req.validatedQuery as { serial: string }
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const unit = await service.retrieveSerialNumberBySerial(serial)
  if (!unit) {
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.NOT_FOUND,
      `No serial number matches "${serial}"`
    )
  }
  res.json({ serial_number: await serialNumberResponse(req.scope, unit.id) })
}
