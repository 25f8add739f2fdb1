const FIELD_LABELS: Record<string, string> = {
  bin_code: "Bin",
  lot: "Lot",
  supplier_reference: "Supplier reference",
  receipt_reference: "Receipt reference",
  received_at: "Received",
  purchased_at: "Purchased",
  condition_grade: "Condition grade",
  condition_notes: "Condition notes",
  warranty_starts_at: "Warranty start",
  warranty_expires_at: "Warranty expiry",
  stock_location_id: "Location",
}

const show = (value: unknown) =>
  value === null || value === undefined || value === ""
    ? "none"
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value)

type Change = { from?: unknown; to?: unknown }
type Values = Record<string, unknown> | null | undefined

/**
 * What an update event changed, one line per field (`Bin: A-01 → A-02`),
 * from its `data.changes`; attributes and metadata one line per key.
 */
export function eventChangeLines(
  data: Record<string, unknown> | null | undefined,
  /** Template labels of attribute keys (`storage_gb` -> `Storage`). */
  attributeLabels: Record<string, string> = {}
): string[] {
  const changes = (data?.changes ?? {}) as Record<string, Change>
  const lines: string[] = []
  for (const [field, change] of Object.entries(changes)) {
    if (field === "attributes" || field === "metadata") {
      const from = (change?.from ?? {}) as Values
      const to = (change?.to ?? {}) as Values
      const keys = new Set([
        ...Object.keys(from ?? {}),
        ...Object.keys(to ?? {}),
      ])
      for (const key of keys) {
        const before = from?.[key]
        const after = to?.[key]
        if (JSON.stringify(before) !== JSON.stringify(after)) {
          const name = (field === "attributes" && attributeLabels[key]) || key
          lines.push(`${name}: ${show(before)} → ${show(after)}`)
        }
      }
    } else {
      lines.push(
        `${FIELD_LABELS[field] ?? field}: ${show(change?.from)} → ${show(change?.to)}`
      )
    }
  }
  return lines
}
