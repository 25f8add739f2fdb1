import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

export interface SerialProductInfo {
  inventory_item: { id: string; sku: string | null; title: string | null } | null
  variants: { id: string; title: string | null; sku: string | null; product: { id: string; title: string } | null }[]
}

/**
 * Adds each unit's inventory item, variants and products, read with one
 * `query.graph` over the read-only serial number -> inventory item link.
 */
export async function attachProducts<T extends { id: string }>(
  container: MedusaContainer,
  units: T[]
): Promise<(T & SerialProductInfo)[]> {
  if (!units.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "serial_number",
    fields: [
      "id",
      "inventory_item.id",
      "inventory_item.sku",
      "inventory_item.title",
      "inventory_item.variants.id",
      "inventory_item.variants.title",
      "inventory_item.variants.sku",
      "inventory_item.variants.product.id",
      "inventory_item.variants.product.title",
    ],
    filters: { id: units.map((u) => u.id) },
  })
  const byId = new Map<string, any>(data.map((d: any) => [d.id, d]))
  return units.map((unit) => {
    const item = byId.get(unit.id)?.inventory_item ?? null
    return {
      ...unit,
      inventory_item: item ? { id: item.id, sku: item.sku ?? null, title: item.title ?? null } : null,
      variants: (item?.variants ?? []).map((v: any) => ({
        id: v.id,
        title: v.title ?? null,
        sku: v.sku ?? null,
        product: v.product ? { id: v.product.id, title: v.product.title } : null,
      })),
    }
  })
}
