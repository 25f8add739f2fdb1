import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreSerialWarrantyResponse } from "../../../../../types/http"
import { SERIAL_INVENTORY_MODULE } from "../../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../../modules/serial-inventory/service"
import {
  MAX_SCAN_LENGTH,
  parseScan,
  serialError,
  serialProblem,
} from "../../../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../../../types/error-codes"
import { ScanSource } from "../../../../../types/parsed-scan"
import { visibleWarranty } from "../../helpers/visible-warranty"

/**
 * Public warranty check by serial, or by a scan of the unit's label (GS1
 * element string or Digital Link, URL-encoded in the path: 400
 * `serial_scan_invalid` when malformed). Rate-limited per client address and
 * per publishable key before anything is read (`rateLimitWarranty`). An
 * unknown serial, a unit without warranty and a unit of a product outside
 * the key's sales channels all answer alike (200, same shape, all nulls but
 * the serial), so the route does not reveal which serials exist. Never
 * returns order, customer, email or address data. One statement for the
 * unit; titles come from a per-process cache (one Query graph on a miss).
 */
export const GET = async (
  req: MedusaStoreRequest,
  res: MedusaResponse<StoreSerialWarrantyResponse>
) => {
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.KEY_WITHOUT_SALES_CHANNEL,
      "The publishable key needs a sales channel: warranties are shown for the products of its channels"
    )
  }
  const input = String(req.params.serial ?? "").slice(0, MAX_SCAN_LENGTH)
  const scan = parseScan(input)
  // A plain serial is echoed as sent; a scan as the serial read from it.
  const serial = scan.source === ScanSource.PLAIN ? input : scan.serial
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  // A serial that could never exist (control characters, too long) is simply unknown.
  const unit = serialProblem(scan.serial)
    ? null
    : await service.retrieveSerialNumberBySerial(scan.serial)
  const warranty = await visibleWarranty(
    req.scope,
    serial,
    scan,
    unit,
    salesChannelIds
  )
  res.json({ warranty })
}
