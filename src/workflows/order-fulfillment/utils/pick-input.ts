import type { PickFulfillmentInput } from "../../../modules/serial-inventory/operations"
import { toQuantity } from "../../order-allocation/utils"

/** Fields of a fulfillment (with its order) that `toPickInput` reads. */
export const PICK_FULFILLMENT_FIELDS = [
  "id",
  "location_id",
  "items.line_item_id",
  "items.inventory_item_id",
  "items.quantity",
  "order.id",
  "order.items.id",
  "order.items.quantity",
  // Line quantities live on the order's item details when read through a link.
  "order.items.detail.quantity",
  "order.items.variant.inventory_items.inventory_item_id",
  "order.items.variant.inventory_items.required_quantity",
]

/**
 * The pick of a fulfillment as the module takes it: one entry per line and
 * inventory item the fulfillment carries, with how many units it takes and
 * how many the line holds in all (line quantity x required quantity).
 */
export function toPickInput(
  fulfillment: any,
  serialNumbers?: Record<string, string[]> | null
): PickFulfillmentInput {
  const orderItems = new Map<string, any>(
    (fulfillment.order?.items ?? []).map((i: any) => [i.id, i])
  )
  const merged = new Map<string, PickFulfillmentInput["lines"][number]>()
  for (const item of fulfillment.items ?? []) {
    if (!item.line_item_id || !item.inventory_item_id) {
      continue
    }
    const line = orderItems.get(item.line_item_id)
    const link = (line?.variant?.inventory_items ?? []).find(
      (ii: any) => ii.inventory_item_id === item.inventory_item_id
    )
    const key = `${item.line_item_id}:${item.inventory_item_id}`
    const previous = merged.get(key)
    merged.set(key, {
      line_item_id: item.line_item_id,
      inventory_item_id: item.inventory_item_id,
      quantity: (previous?.quantity ?? 0) + toQuantity(item.quantity),
      line_quantity:
        toQuantity(line?.detail?.quantity ?? line?.quantity) *
        (toQuantity(link?.required_quantity) || 1),
    })
  }
  return {
    order_id: fulfillment.order?.id,
    fulfillment_id: fulfillment.id,
    stock_location_id: fulfillment.location_id,
    lines: [...merged.values()],
    serials_by_line: serialNumbers ?? null,
  }
}
