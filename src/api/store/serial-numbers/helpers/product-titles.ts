import type { RemoteQueryFunction } from "@medusajs/framework/types"

export interface ProductTitles {
  product_title: string | null
  variant_title: string | null
}

const TTL_MS = 60_000
const MAX_ENTRIES = 10_000
const cache = new Map<string, { at: number; titles: ProductTitles }>()

/**
 * Product and variant titles of an inventory item, for the public warranty
 * route, from a published product only. They change rarely and the route is hot, so each process keeps them
 * for a minute (a renamed product shows its new title within 60 s); a miss
 * costs two statements through the variant-inventory link.
 */
export async function productTitlesFor(
  query: Omit<RemoteQueryFunction, symbol>,
  inventoryItemId: string
): Promise<ProductTitles> {
  const hit = cache.get(inventoryItemId)
  if (hit && Date.now() - hit.at < TTL_MS) {
    return hit.titles
  }
  const { data } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: [
      "variant.title",
      "variant.product.title",
      "variant.product.status",
    ],
    filters: { inventory_item_id: inventoryItemId },
  })
  // Titles of unpublished (draft, proposed, rejected) products stay private.
  const variant = (data as any[])
    .map((d) => d.variant)
    .find((v) => v?.product?.status === "published")
  const titles = {
    product_title: variant?.product?.title ?? null,
    variant_title: variant?.title ?? null,
  }
  if (cache.size >= MAX_ENTRIES) {
    cache.delete(cache.keys().next().value as string)
  }
  cache.set(inventoryItemId, { at: Date.now(), titles })
  return titles
}
