/**
 * The serials CSV, one format for export and import. Template attributes
 * are one column each, named `attr:<key>` (the attribute's key, as the
 * template defines it). Dates are ISO 8601.
 */
export const SERIAL_CSV_ATTRIBUTE_PREFIX = "attr:"

/** The column of a template attribute (`attr:storage`). */
export const serialCsvAttributeColumn = (key: string) =>
  `${SERIAL_CSV_ATTRIBUTE_PREFIX}${key}`

/** The attribute key of an `attr:<key>` column, or null for any other column. */
export const serialCsvAttributeKey = (column: string): string | null =>
  column.startsWith(SERIAL_CSV_ATTRIBUTE_PREFIX)
    ? column.slice(SERIAL_CSV_ATTRIBUTE_PREFIX.length)
    : null

/** The unit's own text columns, written and read as they are. */
export const SERIAL_CSV_TEXT_COLUMNS = [
  "bin_code",
  "lot",
  "supplier_reference",
  "receipt_reference",
  "condition_grade",
  "condition_notes",
] as const

/** The unit's date columns (ISO 8601: `2026-03-01` or a date-time with Z or an offset). */
export const SERIAL_CSV_DATE_COLUMNS = [
  "received_at",
  "purchased_at",
  "warranty_starts_at",
  "warranty_expires_at",
] as const

/**
 * Every fixed column, in export order; the `attr:<key>` columns follow.
 * The item is named by `inventory_item_id` or `sku` (either is enough on
 * import), the location by `stock_location_id` or `location` (its name).
 */
export const SERIAL_CSV_COLUMNS = [
  "serial",
  "status",
  "inventory_item_id",
  "sku",
  "product",
  "variant",
  "stock_location_id",
  "location",
  "bin_code",
  "lot",
  "supplier_reference",
  "receipt_reference",
  "received_at",
  "purchased_at",
  "condition_grade",
  "condition_notes",
  "warranty_starts_at",
  "warranty_expires_at",
] as const

export type SerialCsvColumn = (typeof SERIAL_CSV_COLUMNS)[number]

/**
 * Columns an export writes that an import reads but does not store, so an
 * exported file imports back: `product` and `variant` are ignored, and
 * `status` must be empty or `in_stock` (imported units are received).
 */
export const SERIAL_CSV_EXPORT_ONLY_COLUMNS: SerialCsvColumn[] = [
  "status",
  "product",
  "variant",
]

/** An import needs `serial` and one of these to name the item. */
export const SERIAL_CSV_ITEM_COLUMNS: SerialCsvColumn[] = [
  "inventory_item_id",
  "sku",
]
