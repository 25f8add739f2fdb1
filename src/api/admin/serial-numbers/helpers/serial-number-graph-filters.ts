import type { SerialNumberFilters } from "../../../../modules/serial-inventory/sql"
import { normalizeSerial } from "../../../../modules/serial-inventory/utils"
import { WarrantyStatus } from "../../../../types/warranty"
import { escapeLike } from "../../../../modules/serial-inventory/utils/escape-like"

/** `%` and `_` match themselves in a LIKE pattern (PostgreSQL's default escape is `\`). */
const LIST_FILTERS = [
  "id",
  "status",
  "inventory_item_id",
  "stock_location_id",
  "lot",
  "template_id",
] as const

/**
 * The module's list filters (the shape `countSerialNumbersByStatus` takes) as
 * `query.graph` filters on `serial_number`, with the same meaning: lists are
 * `$in` (an empty list matches nothing), `q` is part of the normalized serial
 * (`$like`, wildcards escaped), `serial` the exact normalized serial, and
 * `warranty` compares `warranty_expires_at` with now.
 */
export function serialNumberGraphFilters(
  filters: SerialNumberFilters,
  now: Date = new Date()
): Record<string, unknown> {
  const graph: Record<string, unknown> = {}
  for (const key of LIST_FILTERS) {
    if (filters[key]) {
      graph[key] = filters[key]
    }
  }
  const serial: Record<string, unknown>[] = []
  if (filters.q) {
    serial.push({ $like: `%${escapeLike(normalizeSerial(filters.q))}%` })
  }
  if (filters.serial !== undefined) {
    serial.push({ $eq: normalizeSerial(filters.serial) })
  }
  if (serial.length) {
    graph.normalized_serial = Object.assign({}, ...serial)
  }
  if (filters.warranty === WarrantyStatus.NONE) {
    graph.warranty_expires_at = null
  } else if (filters.warranty === WarrantyStatus.ACTIVE) {
    graph.warranty_expires_at = { $gt: now }
  } else if (filters.warranty === WarrantyStatus.EXPIRED) {
    graph.warranty_expires_at = { $lte: now }
  }
  return graph
}
