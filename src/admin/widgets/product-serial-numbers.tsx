import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Select } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { InventoryItemSerials } from "../components/inventory-item/inventory-item-serials"
import { useProductInventoryItems } from "../hooks/product-inventory-items"

/** Product page: the serials of the product's variants, one inventory item at a time. */
const ProductSerialNumbersWidget = ({
  data,
}: DetailWidgetProps<AdminProduct>) => {
  const { data: items } = useProductInventoryItems(data.id)
  const [selected, setSelected] = useState<string>("")
  useEffect(() => {
    if (items?.length && !items.some((i) => i.inventory_item_id === selected)) {
      setSelected(items[0].inventory_item_id)
    }
  }, [items, selected])
  if (!items?.length || !selected) return null
  const current = items.find((i) => i.inventory_item_id === selected)!
  const label = (i: (typeof items)[number]) =>
    [i.variant_title, i.sku].filter(Boolean).join(" · ") || i.inventory_item_id
  return (
    <InventoryItemSerials
      inventoryItemId={selected}
      subtitle={items.length === 1 ? label(current) : undefined}
      headerExtra={
        items.length > 1 ? (
          <Select size="small" value={selected} onValueChange={setSelected}>
            <Select.Trigger aria-label="Variant">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {items.map((i) => (
                <Select.Item
                  key={i.inventory_item_id}
                  value={i.inventory_item_id}
                >
                  {label(i)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        ) : undefined
      }
    />
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductSerialNumbersWidget
