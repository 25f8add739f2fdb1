import type { RemoteQueryFunction } from "@medusajs/framework/types"

export interface ProductTitles {
  product_title: string | null
  variant_title: string | null
}

/** What the cache keeps per inventory item: its variants, whatever the asking key. */
interface ItemVariant {
  variant_title: string | null
  product_title: string | null
  published: boolean
  sales_channel_ids: string[]
}

const TTL_MS = 60_000
const MAX_ENTRIES = 10_000
const cache = new Map<string, { at: number; variants: ItemVariant[] }>()

async function variantsOf(
  query: Omit<RemoteQueryFunction, symbol>,
  inventoryItemId: string
): Promise<ItemVariant[]> {
  const hit = cache.get(inventoryItemId)
  if (hit && Date.now() - hit.at < TTL_MS) {
    return hit.variants
  }
  const { data } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: [
      "variant.title",
      "variant.product.title",
      "variant.product.status",
      "variant.product.sales_channels.id",
    ],
    filters: { inventory_item_id: inventoryItemId },
  })
  const variants = (data as any[])
    .map((d) => d.variant)
    .filter(Boolean)
    .map((v) => ({
      variant_title: v.title ?? null,
      product_title: v.product?.title ?? null,
      published: v.product?.status === "published",
      sales_channel_ids: (v.product?.sales_channels ?? [])
        .map((c: { id?: string } | null) => c?.id)
        .filter(Boolean),
    }))
  if (cache.size >= MAX_ENTRIES) {
    cache.delete(cache.keys().next().value as string)
  }
  cache.set(inventoryItemId, { at: Date.now(), variants })
  return variants
}

/**
 * Product and variant titles of an inventory item for the public warranty
 * route, as a publishable key scoped to `salesChannelIds` may see them:
 * `null` when no product of the item is in one of those channels (the route
 * then answers as for an unknown serial); titles only of a published
 * product. The cache is keyed by inventory item and holds every variant
 * with its product's channels and status, filtered per request, so keys of
 * different channels never see each other's answers. Each process keeps an
 * entry for a minute (a renamed or re-channelled product shows within
 * 60 s); a miss costs the statements of one Query graph through the
 * variant-inventory and product-channel links.
 */
export async function productTitlesFor(
  query: Omit<RemoteQueryFunction, symbol>,
  inventoryItemId: string,
  salesChannelIds: string[]
): Promise<ProductTitles | null> {
  const inChannels = (await variantsOf(query, inventoryItemId)).filter((v) =>
    v.sales_channel_ids.some((id) => salesChannelIds.includes(id))
  )
  if (!inChannels.length) {
    return null
  }
  // Titles of unpublished (draft, proposed, rejected) products stay private.
  const variant = inChannels.find((v) => v.published)
  return {
    product_title: variant?.product_title ?? null,
    variant_title: variant?.variant_title ?? null,
  }
}
