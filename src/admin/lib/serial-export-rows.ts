import type { AdminSerialNumber } from "../../types/http"
import type { CsvValue } from "./csv"
import { unitProductInfo } from "./serial-unit-display"

/** The columns of the serials CSV export, in order. */
export const SERIAL_EXPORT_HEADER = [
  "serial",
  "status",
  "product",
  "variant",
  "sku",
  "location",
  "lot",
  "bin",
  "condition",
  "warranty_expires_at",
  "received_at",
]

/** The unit fields the export asks the list API for (`fields`), and nothing more. */
export const SERIAL_EXPORT_FIELDS = [
  "serial",
  "status",
  "lot",
  "bin_code",
  "condition_grade",
  "warranty_expires_at",
  "received_at",
  "inventory_item.sku",
  "inventory_item.title",
  "inventory_item.variants.title",
  "inventory_item.variants.sku",
  "inventory_item.variants.product.title",
  "stock_location.name",
].join(",")

/** One CSV row of a unit (dates stay ISO 8601, as the API gives them). */
export function serialExportRow(unit: Partial<AdminSerialNumber>): CsvValue[] {
  const info = unitProductInfo({ inventory_item: unit.inventory_item ?? null })
  return [
    unit.serial,
    unit.status,
    info.product,
    info.variant,
    info.sku,
    unit.stock_location?.name,
    unit.lot,
    unit.bin_code,
    unit.condition_grade,
    unit.warranty_expires_at,
    unit.received_at,
  ]
}
