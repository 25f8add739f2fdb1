import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

export interface SerialProductInfo {
  inventory_item: {
    id: string
    sku: string | null
    title: string | null
  } | null
  variants: {
    id: string
    title: string | null
    sku: string | null
    product: { id: string; title: string } | null
  }[]
}

/**
 * Adds each unit's inventory item, variants and products: one `query.graph`
 * over the distinct inventory items of the units (a page of twenty units of
 * one product reads that item once).
 */
export async function attachProducts<
  T extends { id: string; inventory_item_id: string },
>(container: MedusaContainer, units: T[]): Promise<(T & SerialProductInfo)[]> {
  if (!units.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: [
      "id",
      "sku",
      "title",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.product.id",
      "variants.product.title",
    ],
    filters: { id: [...new Set(units.map((u) => u.inventory_item_id))] },
  })
  const items = new Map<string, any>(data.map((item: any) => [item.id, item]))
  return units.map((unit) => {
    const item = items.get(unit.inventory_item_id) ?? null
    return {
      ...unit,
      inventory_item: item
        ? { id: item.id, sku: item.sku ?? null, title: item.title ?? null }
        : null,
      variants: (item?.variants ?? []).map((v: any) => ({
        id: v.id,
        title: v.title ?? null,
        sku: v.sku ?? null,
        product: v.product
          ? { id: v.product.id, title: v.product.title }
          : null,
      })),
    }
  })
}
