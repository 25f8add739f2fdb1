import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { WarrantyStatus } from "../../../types/warranty"
import { normalizeSerial } from "../utils/normalize-serial"
import { escapeLike } from "../utils/escape-like"

/** Filters the admin list and the status counts share. */
export interface SerialNumberFilters {
  id?: string[]
  status?: string[]
  inventory_item_id?: string[]
  stock_location_id?: string[]
  lot?: string[]
  template_id?: string[]
  /** Free text: part of the serial (case-insensitive). */
  q?: string
  /** Exact serial, compared on the normalized key. */
  serial?: string
  warranty?: WarrantyStatus
}

/** Applies the filters to a query on `serial_number` (live rows only). */
export function applySerialNumberFilters(
  qb: Knex.QueryBuilder,
  filters: SerialNumberFilters,
  options: { ignoreStatus?: boolean } = {}
): Knex.QueryBuilder {
  qb.whereNull("serial_number.deleted_at")
  const lists = [
    "id",
    "inventory_item_id",
    "stock_location_id",
    "lot",
    "template_id",
  ] as const
  for (const key of lists) {
    const values = filters[key]
    if (values) {
      qb.whereIn(`serial_number.${key}`, values)
    }
  }
  if (filters.status && !options.ignoreStatus) {
    qb.whereIn("serial_number.status", filters.status)
  }
  if (filters.q) {
    qb.where(
      "serial_number.normalized_serial",
      "like",
      `%${escapeLike(normalizeSerial(filters.q))}%`
    )
  }
  if (filters.serial !== undefined) {
    qb.where("serial_number.normalized_serial", normalizeSerial(filters.serial))
  }
  if (filters.warranty === WarrantyStatus.NONE) {
    qb.whereNull("serial_number.warranty_expires_at")
  } else if (filters.warranty === WarrantyStatus.ACTIVE) {
    qb.where("serial_number.warranty_expires_at", ">", new Date())
  } else if (filters.warranty === WarrantyStatus.EXPIRED) {
    qb.where("serial_number.warranty_expires_at", "<=", new Date())
  }
  return qb
}
