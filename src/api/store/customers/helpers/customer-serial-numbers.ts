import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CustomerSerialUnitRow } from "../../../../modules/serial-inventory/sql"
import { warrantyStatus } from "../../../../modules/serial-inventory/utils"
import type { StoreCustomerSerialNumber } from "../../../../types"

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

/**
 * The page's units as the customer route answers: product and variant as
 * the customer bought them (the order line's titles, one `query.graph` for
 * the page's orders), the order's display id, the dates and the warranty.
 */
export async function customerSerialNumbers(
  container: MedusaContainer,
  rows: CustomerSerialUnitRow[]
): Promise<StoreCustomerSerialNumber[]> {
  if (!rows.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "items.id",
      "items.product_id",
      "items.product_title",
      "items.variant_id",
      "items.variant_title",
      "items.variant_sku",
    ],
    filters: { id: [...new Set(rows.map((r) => r.order_id))] },
  })
  const displayIds = new Map<string, number>()
  const lines = new Map<string, any>()
  for (const order of orders as any[]) {
    displayIds.set(order.id, order.display_id)
    for (const item of order.items ?? []) {
      if (item) lines.set(item.id, item)
    }
  }
  return rows.map((row) => {
    const line = lines.get(row.line_item_id)
    return {
      serial: row.serial,
      state: row.stage,
      product: {
        id: line?.product_id ?? null,
        title: line?.product_title ?? null,
      },
      variant: {
        id: line?.variant_id ?? null,
        title: line?.variant_title ?? null,
        sku: line?.variant_sku ?? null,
      },
      order: {
        id: row.order_id,
        display_id: displayIds.get(row.order_id) ?? null,
      },
      shipped_at: iso(row.shipped_at),
      delivered_at: iso(row.delivered_at),
      returned_at: iso(row.returned_at),
      warranty: {
        status: warrantyStatus(row.warranty_expires_at),
        starts_at: iso(row.warranty_starts_at),
        expires_at: iso(row.warranty_expires_at),
      },
    }
  })
}
