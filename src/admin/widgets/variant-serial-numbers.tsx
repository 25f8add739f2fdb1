import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type {
  AdminProductVariant,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { useQuery } from "@tanstack/react-query"
import { InventoryItemSerials } from "../components/inventory-item/inventory-item-serials"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** Variant page: the serials of each inventory item the variant stocks. */
const VariantSerialNumbersWidget = ({
  data,
}: DetailWidgetProps<AdminProductVariant>) => {
  const { data: items } = useQuery({
    queryKey: [...serialKeys.all, "variant-inventory-items", data.id],
    queryFn: async () => {
      const { variant } = await sdk.client.fetch<{ variant: any }>(
        `/admin/products/${data.product_id}/variants/${data.id}`,
        { query: { fields: "id,inventory_items.inventory_item_id" } }
      )
      return (variant.inventory_items ?? []).map(
        (ii: any) => ii.inventory_item_id as string
      )
    },
    enabled: !!data.product_id,
  })
  if (!items?.length) return null
  return (
    <div className="flex flex-col gap-y-3">
      {items.map((id: string) => (
        <InventoryItemSerials key={id} inventoryItemId={id} />
      ))}
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "product_variant.details.after",
})

export default VariantSerialNumbersWidget
