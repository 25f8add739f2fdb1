import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../../modules/serial-inventory/service"
import { warrantyStatus } from "../../../../../modules/serial-inventory/utils"
import type { StoreSerialWarranty } from "../../../../../types/warranty"

/**
 * Public warranty check by serial. An unknown serial answers exactly like a
 * unit without warranty (same status code, same shape, all nulls), so the
 * route does not reveal which serials exist beyond their warranty. Never
 * returns order, customer, email or address data.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const serial = String(req.params.serial ?? "").slice(0, 256)
  const service: SerialInventoryModuleService = req.scope.resolve(SERIAL_INVENTORY_MODULE)
  const unit = await service.retrieveSerialNumberBySerial(serial)
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
    const { data } = await query.graph({
      entity: "product_variant_inventory_item",
      fields: ["variant.title", "variant.product.title"],
      filters: { inventory_item_id: unit.inventory_item_id },
      pagination: { take: 1, skip: 0 },
    })
    warranty.starts_at = unit.warranty_starts_at ? new Date(unit.warranty_starts_at).toISOString() : null
    warranty.expires_at = new Date(unit.warranty_expires_at).toISOString()
    warranty.product_title = data[0]?.variant?.product?.title ?? null
    warranty.variant_title = data[0]?.variant?.title ?? null
  }
  res.json({ warranty })
}
