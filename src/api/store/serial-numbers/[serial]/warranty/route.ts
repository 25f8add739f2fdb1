import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreSerialWarrantyResponse } from "../../../../../types/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../../modules/serial-inventory/service"
import {
  MAX_SCAN_LENGTH,
  parseScan,
  serialProblem,
  warrantyStatus,
} from "../../../../../modules/serial-inventory/utils"
import { ScanSource } from "../../../../../types/parsed-scan"
import type { StoreSerialWarranty } from "../../../../../types/warranty"
import { productTitlesFor } from "../../helpers/product-titles"
import { assertWarrantyScanMatches } from "../../helpers/warranty-scan"

const iso = (date: Date | string | null | undefined) =>
  date ? new Date(date).toISOString() : null

/**
 * Public warranty check by serial, or by a scan of the unit's label (GS1
 * element string or Digital Link, URL-encoded in the path: 400
 * `serial_scan_invalid` when malformed). An unknown serial answers exactly
 * like a unit without warranty (same status code, same shape, all nulls),
 * so the route does not reveal which serials exist beyond their warranty;
 * a scanned GTIN is only checked where the warranty would be shown (see
 * `assertWarrantyScanMatches`). Never returns order, customer, email or
 * address data. One statement for the unit; titles come from a per-process
 * cache (two statements on a miss).
 */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<StoreSerialWarrantyResponse>
) => {
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
  const warranty: StoreSerialWarranty = {
    serial,
    status: warrantyStatus(unit?.warranty_expires_at),
    starts_at: null,
    expires_at: null,
    product_title: null,
    variant_title: null,
  }
  if (unit?.warranty_expires_at) {
    await assertWarrantyScanMatches(req.scope, scan, unit.inventory_item_id)
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    Object.assign(
      warranty,
      await productTitlesFor(query, unit.inventory_item_id),
      {
        starts_at: iso(unit.warranty_starts_at),
        expires_at: iso(unit.warranty_expires_at),
      }
    )
  }
  res.json({ warranty })
}
