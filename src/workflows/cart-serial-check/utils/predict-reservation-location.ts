import { toQuantity } from "../../order-allocation/utils/to-quantity"
import { asList, CartForSerialCheck, CartVariant } from "./cart-inventory-shape"

/** The cart's variants, once each, in the order they first appear on its lines. */
export function cartVariants(cart: CartForSerialCheck): CartVariant[] {
  const byId = new Map<string, CartVariant>()
  for (const line of cart.items ?? []) {
    if (line.variant_id && line.variant && !byId.has(line.variant_id)) {
      byId.set(line.variant_id, line.variant)
    }
  }
  return [...byId.values()]
}

/**
 * The stock locations checkout may reserve from, in the order Medusa
 * (2.21, `prepareConfirmInventoryInput`) collects them: walking the cart's
 * variants, their inventory items, each item's location levels and each
 * level's stock location, every location linked to the cart's sales channel,
 * once. Locations where none of the cart's items has a level are not seen.
 */
export function channelLocationIds(cart: CartForSerialCheck): string[] {
  const ids = new Set<string>()
  const channel = cart.sales_channel_id
  for (const variant of cartVariants(cart)) {
    for (const link of asList(variant.inventory_items)) {
      for (const level of asList(link.inventory?.location_levels)) {
        for (const location of asList(level.stock_locations)) {
          const linked = asList(location.sales_channels).some(
            (c) => !!channel && c.id === channel
          )
          if (linked && location.id) {
            ids.add(location.id)
          }
        }
      }
    }
  }
  return [...ids]
}

/**
 * Medusa's own availability (stocked minus reserved quantity) per location
 * and inventory item, as the cart's variant data carries it.
 */
export function stockAvailability(
  cart: CartForSerialCheck
): Map<string, Map<string, number>> {
  const byLocation = new Map<string, Map<string, number>>()
  for (const variant of cartVariants(cart)) {
    for (const link of asList(variant.inventory_items)) {
      for (const level of asList(link.inventory?.location_levels)) {
        if (!level.location_id || !link.inventory_item_id) {
          continue
        }
        const items = byLocation.get(level.location_id) ?? new Map()
        items.set(
          link.inventory_item_id,
          toQuantity(level.stocked_quantity) -
            toQuantity(level.reserved_quantity)
        )
        byLocation.set(level.location_id, items)
      }
    }
  }
  return byLocation
}

/**
 * The location Medusa's checkout reserves `needed` units of an inventory
 * item at, predicted by its rule: the first channel location whose
 * availability covers `needed`, else the first where the item has a
 * level, else the first channel location; null when the channel has none
 * (Medusa then refuses the cart itself).
 */
export function predictReservationLocation(
  locationIds: string[],
  availability: Map<string, Map<string, number>>,
  inventoryItemId: string,
  needed: number
): string | null {
  const covering = locationIds.find(
    (id) => (availability.get(id)?.get(inventoryItemId) ?? 0) >= needed
  )
  const withLevel = locationIds.find((id) =>
    availability.get(id)?.has(inventoryItemId)
  )
  return covering ?? withLevel ?? locationIds[0] ?? null
}
