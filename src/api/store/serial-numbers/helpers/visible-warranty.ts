import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ParsedScan } from "../../../../types/parsed-scan"
import { WarrantyStatus } from "../../../../types/warranty"
import type { StoreSerialWarranty } from "../../../../types/warranty"
import { warrantyStatus } from "../../../../modules/serial-inventory/utils"
import { productTitlesFor } from "./product-titles"
import { assertWarrantyScanMatches } from "./warranty-scan"

type Unit = {
  inventory_item_id: string
  warranty_starts_at?: Date | string | null
  warranty_expires_at?: Date | string | null
}

const iso = (date: Date | string | null | undefined) =>
  date ? new Date(date).toISOString() : null

/** The answer for a serial no unit has (or no unit the key may see): all nulls. */
export const unknownWarranty = (serial: string): StoreSerialWarranty => ({
  serial,
  status: WarrantyStatus.NONE,
  starts_at: null,
  expires_at: null,
  product_title: null,
  variant_title: null,
})

/**
 * The warranty of `unit` as a publishable key scoped to `salesChannelIds`
 * may see it. A unit without warranty, or of a product in none of those
 * channels, answers exactly like an unknown serial; only then, for a unit
 * whose warranty is shown, is a scanned GTIN checked (so neither the
 * channel check nor the GTIN check reveals which serials exist).
 */
export async function visibleWarranty(
  container: MedusaContainer,
  serial: string,
  scan: ParsedScan,
  unit: Unit | null,
  salesChannelIds: string[]
): Promise<StoreSerialWarranty> {
  if (!unit?.warranty_expires_at) {
    return unknownWarranty(serial)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const titles = await productTitlesFor(
    query,
    unit.inventory_item_id,
    salesChannelIds
  )
  if (!titles) {
    return unknownWarranty(serial)
  }
  await assertWarrantyScanMatches(container, scan, unit.inventory_item_id)
  return {
    serial,
    status: warrantyStatus(unit.warranty_expires_at),
    starts_at: iso(unit.warranty_starts_at),
    expires_at: iso(unit.warranty_expires_at),
    ...titles,
  }
}
