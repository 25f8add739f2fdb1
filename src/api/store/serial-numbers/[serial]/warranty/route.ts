import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreSerialWarrantyResponse } from "../../../../../types/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../../modules/serial-inventory/service"
import {
  serialProblem,
  warrantyStatus,
} from "../../../../../modules/serial-inventory/utils"
import type { StoreSerialWarranty } from "../../../../../types/warranty"
import { productTitlesFor } from "../../helpers/product-titles"

const iso = (date: Date | string | null | undefined) =>
  date ? new Date(date).toISOString() : null

/**
 * Public warranty check by serial. An unknown serial answers exactly like a
 * unit without warranty (same status code, same shape, all nulls), so the
 * route does not reveal which serials exist beyond their warranty. Never
 * returns order, customer, email or address data. One statement for the
 * unit; titles come from a per-process cache (two statements on a miss).
 */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<StoreSerialWarrantyResponse>
) => {
  const serial = String(req.params.serial ?? "").slice(0, 256)
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  // A serial that could never exist (control characters, too long) is simply unknown.
  const unit = serialProblem(serial)
    ? null
    : await service.retrieveSerialNumberBySerial(serial)
  const warranty: StoreSerialWarranty = {
    serial,
    status: warrantyStatus(unit?.warranty_expires_at),
    starts_at: null,
    expires_at: null,
    product_title: null,
    variant_title: null,
  }
  if (unit?.warranty_expires_at) {
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
