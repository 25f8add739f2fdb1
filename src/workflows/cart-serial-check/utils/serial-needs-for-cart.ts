import { toQuantity } from "../../order-allocation/utils/to-quantity"
import { asList, CartForSerialCheck, CartLine } from "./cart-inventory-shape"
import {
  channelLocationIds,
  predictReservationLocation,
  stockAvailability,
} from "./predict-reservation-location"

export interface SerialNeedLine {
  line_item_id: string
  /** Product, variant and SKU, for messages. */
  label: string
  quantity: number
}

/** Units of an inventory item the cart needs at one location. */
export interface SerialNeed {
  inventory_item_id: string
  stock_location_id: string
  quantity: number
  lines: SerialNeedLine[]
}

/** "Phone (Black, SKU PHONE-BLK)": what a shopper and a merchant recognise. */
export function lineLabel(line: CartLine): string {
  const name = line.product_title ?? line.title ?? line.variant_id ?? "item"
  const details = [
    line.variant_title && line.variant_title !== name ? line.variant_title : "",
    line.variant_sku ? `SKU ${line.variant_sku}` : "",
  ].filter(Boolean)
  return details.length ? `${name} (${details.join(", ")})` : name
}

/**
 * What a cart's lines will take of each inventory item, per the location
 * Medusa will reserve it at (see `predictReservationLocation`): per line
 * and inventory item `required_quantity x quantity` (kits have several
 * items), summed over lines. Lines without a variant, of variants that do
 * not manage inventory, or that allow backorders are left out: Medusa
 * reserves nothing for the first two and sells the last beyond its stock.
 */
export function serialNeedsForCart(cart: CartForSerialCheck): SerialNeed[] {
  const locations = channelLocationIds(cart)
  const availability = stockAvailability(cart)
  const needs = new Map<string, SerialNeed>()
  for (const line of cart.items ?? []) {
    const variant = line.variant
    if (!variant?.manage_inventory || variant.allow_backorder) {
      continue
    }
    const quantity = toQuantity(line.quantity)
    for (const link of asList(variant.inventory_items)) {
      const itemId = link.inventory_item_id
      const needed = toQuantity(link.required_quantity ?? 1) * quantity
      const at =
        itemId &&
        predictReservationLocation(locations, availability, itemId, needed)
      if (!itemId || !at || needed <= 0) {
        continue
      }
      const key = `${itemId}\u0000${at}`
      const need = needs.get(key) ?? {
        inventory_item_id: itemId,
        stock_location_id: at,
        quantity: 0,
        lines: [],
      }
      need.quantity += needed
      need.lines.push({
        line_item_id: line.id ?? "",
        label: lineLabel(line),
        quantity: needed,
      })
      needs.set(key, need)
    }
  }
  return [...needs.values()]
}
