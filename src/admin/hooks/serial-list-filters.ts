import { createDataTableFilterHelper, type DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import type { AdminSerialNumber } from "../../types/http"
import type { FilterKey, SerialFilterState } from "../lib/serial-list-query"
import { unitProductInfo } from "../lib/serial-unit-display"
import { useProductOptions } from "./product-options"
import { useSerialTemplates } from "./serial-templates"
import { useStockLocations } from "./stock-locations"

const filter = createDataTableFilterHelper<Record<FilterKey, string>>()

type FilterOption = { value: string; label: string }

/** Options for the ids in use that the option list lacks (shown by id, so a linked filter still reads). */
function withActive(
  options: FilterOption[],
  active: string[] | undefined,
  labelOf: (id: string) => string = (id) => id
) {
  const missing = (active ?? []).filter(
    (id) => !options.some((o) => o.value === id)
  )
  return [
    ...options,
    ...missing.map((id) => ({ value: id, label: labelOf(id) })),
  ]
}

/**
 * The serials list's filters for the DataTable filter menu: product, location,
 * template (options from the store), warranty state, lot and order id. The
 * filters other pages link with (inventory item, variant, order line) join
 * only while the URL holds them, labelled from the units shown.
 */
export function useSerialListFilters(
  active: SerialFilterState,
  units: AdminSerialNumber[]
): DataTableFilter[] {
  const products = useProductOptions()
  const locations = useStockLocations()
  const templates = useSerialTemplates()

  return useMemo(() => {
    const itemLabel = (id: string) => {
      const unit = units.find((u) => u.inventory_item_id === id)
      const info = unit && unitProductInfo(unit)
      return info ? [info.product, info.sku].filter(Boolean).join(" · ") : id
    }
    const variantLabel = (id: string) => {
      const variants = units.flatMap((u) => u.inventory_item?.variants ?? [])
      return variants.find((v) => v.id === id)?.title ?? id
    }
    const filters: DataTableFilter[] = [
      filter.accessor("product_id", {
        type: "select",
        label: "Product",
        options: withActive(
          (products.data?.products ?? []).map((p) => ({
            value: p.id,
            label: p.title,
          })),
          active.product_id
        ),
      }),
      filter.accessor("stock_location_id", {
        type: "select",
        label: "Location",
        options: withActive(
          (locations.data?.stock_locations ?? []).map((l) => ({
            value: l.id,
            label: l.name,
          })),
          active.stock_location_id
        ),
      }),
      filter.accessor("template_id", {
        type: "select",
        label: "Template",
        options: withActive(
          (templates.data?.serial_templates ?? []).map((t) => ({
            value: t.id,
            label: t.name,
          })),
          active.template_id
        ),
      }),
      filter.accessor("warranty", {
        type: "radio",
        label: "Warranty",
        options: [
          { value: "active", label: "Active" },
          { value: "expired", label: "Expired" },
          { value: "none", label: "None" },
        ],
      }),
      filter.accessor("lot", {
        type: "string",
        label: "Lot",
        placeholder: "LOT-2026-1",
      }),
      filter.accessor("order_id", {
        type: "string",
        label: "Order ID",
        placeholder: "order_...",
      }),
    ]
    if (active.inventory_item_id) {
      filters.push(
        filter.accessor("inventory_item_id", {
          type: "select",
          label: "Inventory item",
          options: withActive([], active.inventory_item_id, itemLabel),
        })
      )
    }
    if (active.variant_id) {
      filters.push(
        filter.accessor("variant_id", {
          type: "select",
          label: "Variant",
          options: withActive([], active.variant_id, variantLabel),
        })
      )
    }
    if (active.line_item_id) {
      filters.push(
        filter.accessor("line_item_id", { type: "string", label: "Order line" })
      )
    }
    return filters
  }, [active, units, products.data, locations.data, templates.data])
}
