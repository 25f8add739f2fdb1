import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toGtin14 } from "../../../modules/serial-inventory/utils"

const GTIN_FIELDS = ["ean", "upc", "barcode"] as const

/**
 * The GTINs of each inventory item, as 14 digits: the `ean`, `upc` and
 * `barcode` of the product variants linked to it (Medusa's
 * `product_variant_inventory_item` link), those that are valid GTINs. One
 * `query.graph` call for all the items; an item without any gets `[]`.
 */
export async function loadItemGtins(
  container: MedusaContainer,
  inventoryItemIds: string[]
): Promise<Map<string, string[]>> {
  const ids = [...new Set(inventoryItemIds)]
  const gtins = new Map<string, string[]>(ids.map((id) => [id, []]))
  if (!ids.length) {
    return gtins
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["id", ...GTIN_FIELDS.map((f) => `variants.${f}`)],
    filters: { id: ids },
  })
  for (const item of data as any[]) {
    const values: (string | null)[] = (item.variants ?? []).flatMap((v: any) =>
      GTIN_FIELDS.map((f) => (v?.[f] ? toGtin14(String(v[f])) : null))
    )
    gtins.set(item.id, [...new Set(values.filter((g): g is string => !!g))])
  }
  return gtins
}
