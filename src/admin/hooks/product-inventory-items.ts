import { useQuery } from "@tanstack/react-query"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

export interface VariantInventoryItem {
  variant_id: string
  variant_title: string | null
  sku: string | null
  inventory_item_id: string
}

/** Each variant of a product with the inventory items it stocks (what serials belong to). */
export function useProductInventoryItems(productId: string) {
  return useQuery({
    queryKey: [...serialKeys.all, "product-inventory-items", productId],
    queryFn: async (): Promise<VariantInventoryItem[]> => {
      const { variants } = await sdk.client.fetch<{ variants: any[] }>(
        `/admin/products/${productId}/variants`,
        {
          query: {
            limit: 200,
            fields: "id,title,sku,inventory_items.inventory_item_id",
          },
        }
      )
      return variants.flatMap((v) =>
        (v.inventory_items ?? []).map((ii: any) => ({
          variant_id: v.id,
          variant_title: v.title ?? null,
          sku: v.sku ?? null,
          inventory_item_id: ii.inventory_item_id,
        }))
      )
    },
  })
}
