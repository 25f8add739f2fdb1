/**
 * Columns of `serial_number` with their SQL types, in one place so the
 * set-based INSERT and UPDATE statements stay in step with the model.
 */
export const SERIAL_NUMBER_COLUMNS = {
  id: "text",
  serial: "text",
  normalized_serial: "text",
  status: "text",
  inventory_item_id: "text",
  stock_location_id: "text",
  bin_code: "text",
  lot: "text",
  supplier_reference: "text",
  receipt_reference: "text",
  received_at: "timestamptz",
  purchased_at: "timestamptz",
  condition_grade: "text",
  condition_notes: "text",
  template_id: "text",
  attributes: "jsonb",
  warranty_starts_at: "timestamptz",
  warranty_expires_at: "timestamptz",
  metadata: "jsonb",
} as const

export type SerialNumberColumn = keyof typeof SERIAL_NUMBER_COLUMNS

/** Fields an update may change: everything but identity, status and ownership. */
export const UPDATABLE_COLUMNS = [
  "bin_code",
  "lot",
  "supplier_reference",
  "receipt_reference",
  "received_at",
  "purchased_at",
  "condition_grade",
  "condition_notes",
  "attributes",
  "warranty_starts_at",
  "warranty_expires_at",
  "metadata",
] as const satisfies readonly SerialNumberColumn[]

/** `col type, col type, ...` for a jsonb_to_recordset column list. */
export function recordsetSignature(
  columns: readonly SerialNumberColumn[]
): string {
  return columns.map((c) => `"${c}" ${SERIAL_NUMBER_COLUMNS[c]}`).join(", ")
}
