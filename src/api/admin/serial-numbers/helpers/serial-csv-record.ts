import {
  SERIAL_CSV_COLUMNS,
  serialCsvAttributeColumn,
  type SerialCsvColumn,
} from "../../../../types/serial-csv"
import type { SerialNumberDTO } from "../../../../types/serial-records"

/** What an exported row shows of a unit's inventory item (its SKU, and the variant that stocks it). */
export interface ExportedItem {
  sku: string | null
  variant: string | null
  product: string | null
}

/** The export's header: the fixed columns, then one `attr:<key>` per attribute key. */
export function serialCsvHeader(attributeKeys: string[]): string[] {
  return [...SERIAL_CSV_COLUMNS, ...attributeKeys.map(serialCsvAttributeColumn)]
}

const iso = (value: Date | string | null | undefined) =>
  value === null || value === undefined ? null : new Date(value).toISOString()

/**
 * One unit as a CSV record, in `serialCsvHeader` order: dates as ISO 8601,
 * the item's SKU, variant and product, the location's name, and each
 * attribute in its own column (empty where the unit has none).
 */
export function serialCsvRecord(
  unit: SerialNumberDTO,
  item: ExportedItem | undefined,
  locationName: string | null | undefined,
  attributeKeys: string[]
): (string | number | boolean | null)[] {
  const values: Record<SerialCsvColumn, string | null> = {
    serial: unit.serial,
    status: unit.status,
    inventory_item_id: unit.inventory_item_id,
    sku: item?.sku ?? null,
    product: item?.product ?? null,
    variant: item?.variant ?? null,
    stock_location_id: unit.stock_location_id,
    location: locationName ?? null,
    bin_code: unit.bin_code,
    lot: unit.lot,
    supplier_reference: unit.supplier_reference,
    receipt_reference: unit.receipt_reference,
    received_at: iso(unit.received_at),
    purchased_at: iso(unit.purchased_at),
    condition_grade: unit.condition_grade,
    condition_notes: unit.condition_notes,
    warranty_starts_at: iso(unit.warranty_starts_at),
    warranty_expires_at: iso(unit.warranty_expires_at),
  }
  const attributes = (unit.attributes ?? {}) as Record<string, unknown>
  return [
    ...SERIAL_CSV_COLUMNS.map((c) => values[c]),
    ...attributeKeys.map((k) => {
      const v = attributes[k]
      return v === undefined || v === null
        ? null
        : (v as string | number | boolean)
    }),
  ]
}
