import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { SerialNumberFilters } from "../../../../modules/serial-inventory/sql"
import type { AdminGetSerialNumbersParamsType } from "../validators"

/**
 * Turns the list's query params into module filters. Product and variant
 * filters become inventory item ids (through Medusa's variant-inventory
 * link), intersected with any `inventory_item_id` given.
 */
export async function resolveSerialNumberFilters(
  container: MedusaContainer,
  params: AdminGetSerialNumbersParamsType
): Promise<SerialNumberFilters> {
  const { product_id, variant_id, limit, offset, order, fields, ...rest } =
    params
  const filters: SerialNumberFilters = { ...rest } as SerialNumberFilters
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
