import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { SerialNumberFilters } from "../../../../modules/serial-inventory/sql"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import {
  resolveScannedSerials,
  scanProblemsError,
} from "../../../../workflows/scanner-input"
import type { AdminExportSerialNumbersParamsType } from "../validators"

/**
 * Turns the list's query params into module filters. Product and variant
 * filters become inventory item ids (through Medusa's variant-inventory
 * link), intersected with any `inventory_item_id` given; order and line
 * filters become the ids of units allocated to them (open or closed
 * allocations: a returned unit still shows on its order). An exact `serial`
 * may be a scan (GS1 element string, Digital Link): it filters on the serial
 * the scan names, and a GTIN that is not that unit's item's is a 400.
 */
export async function resolveSerialNumberFilters(
  container: MedusaContainer,
  params: AdminExportSerialNumbersParamsType & Record<string, unknown>
): Promise<SerialNumberFilters> {
  const {
    product_id,
    variant_id,
    order_id,
    line_item_id,
    limit,
    offset,
    order,
    fields,
    ...rest
  } = params
  const filters: SerialNumberFilters = { ...rest } as SerialNumberFilters
  if (rest.serial !== undefined) {
    const { rows, problems } = await resolveScannedSerials(container, [
      { input: rest.serial },
    ])
    if (problems.length) {
      throw scanProblemsError(problems)
    }
    filters.serial = rows[0].serial
  }
  if (order_id || line_item_id) {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const allocations = await service.listSerialAllocations(
      {
        ...(order_id ? { order_id } : {}),
        ...(line_item_id ? { line_item_id } : {}),
      },
      { select: ["serial_number_id"], take: null }
    )
    const ids = new Set(allocations.map((a) => a.serial_number_id))
    filters.id = filters.id ? filters.id.filter((id) => ids.has(id)) : [...ids]
  }
  if (!product_id && !variant_id) {
    return filters
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantFilters: Record<string, unknown> = {}
  if (variant_id) {
    variantFilters.id = variant_id
  }
  if (product_id) {
    variantFilters.product_id = product_id
  }
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: variantFilters,
  })
  const itemIds = new Set<string>(
    data.flatMap((v: any) =>
      (v.inventory_items ?? []).map((i: any) => i.inventory_item_id)
    )
  )
  const given = filters.inventory_item_id
  filters.inventory_item_id = given
    ? given.filter((id) => itemIds.has(id))
    : [...itemIds]
  return filters
}
