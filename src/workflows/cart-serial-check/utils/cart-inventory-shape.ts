/**
 * The parts of a cart, as `completeCartWorkflow` reads it (its
 * `completeCartFields`) and hands it to the `validate` hook, that the serial
 * check needs. Link relations may come as one object or a list.
 */
export interface CartStockLocation {
  id?: string
  sales_channels?: OneOrMany<{ id?: string }>
}

export interface CartLocationLevel {
  location_id?: string
  stocked_quantity?: unknown
  reserved_quantity?: unknown
  stock_locations?: OneOrMany<CartStockLocation>
}

export interface CartVariantInventoryItem {
  inventory_item_id?: string
  required_quantity?: unknown
  inventory?: { location_levels?: OneOrMany<CartLocationLevel> } | null
}

export interface CartVariant {
  id?: string
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_items?: OneOrMany<CartVariantInventoryItem>
}

export interface CartLine {
  id?: string
  variant_id?: string | null
  quantity?: unknown
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  variant?: CartVariant | null
}

export interface CartForSerialCheck {
  id?: string
  completed_at?: unknown
  sales_channel_id?: string | null
  items?: CartLine[] | null
}

export type OneOrMany<T> = T | T[] | null | undefined

/** A link relation as a list (absent: empty). */
export function asList<T>(value: OneOrMany<T>): T[] {
  if (value === null || value === undefined) {
    return []
  }
  return Array.isArray(value) ? value : [value]
}
