import type {
  AdminSerialNumber,
  AdminSerialNumberVariant,
} from "../../types/http"

/** The variant a unit is shown as: the first that stocks its inventory item. */
export function unitVariant(
  unit: Pick<AdminSerialNumber, "inventory_item">
): AdminSerialNumberVariant | null {
  return unit.inventory_item?.variants?.[0] ?? null
}

/** Product title, variant title and SKU of a unit, falling back to the inventory item's. */
export function unitProductInfo(
  unit: Pick<AdminSerialNumber, "inventory_item">
) {
  const variant = unitVariant(unit)
  return {
    productId: variant?.product?.id ?? null,
    product: variant?.product?.title ?? unit.inventory_item?.title ?? null,
    variant: variant?.title ?? null,
    sku: variant?.sku ?? unit.inventory_item?.sku ?? null,
  }
}
