import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialUnitFilter } from "../../../types/serial-unit-filter"

/**
 * Narrows a query on `serial_number` to a set of units. Traceability passes
 * `applySerialUnitFilter`; a caller with other criteria (a serial range, a
 * date window) passes its own function of the same shape.
 */
export type SerialUnitNarrowing = (qb: Knex.QueryBuilder) => Knex.QueryBuilder

/** Applies a unit filter to a query on `serial_number` (live rows only, values compared exactly). */
export function applySerialUnitFilter(
  qb: Knex.QueryBuilder,
  filter: SerialUnitFilter
): Knex.QueryBuilder {
  qb.whereNull("serial_number.deleted_at")
  if (filter.id) {
    qb.whereIn("serial_number.id", filter.id)
  }
  for (const key of [
    "lot",
    "supplier_reference",
    "receipt_reference",
  ] as const) {
    if (filter[key] !== undefined) {
      qb.where(`serial_number.${key}`, filter[key])
    }
  }
  if (filter.attribute) {
    qb.whereRaw("serial_number.attributes ->> ? = ?", [
      filter.attribute.key,
      filter.attribute.value,
    ])
  }
  return qb
}

/** The narrowing function of a unit filter. */
export const narrowToSerialUnits =
  (filter: SerialUnitFilter): SerialUnitNarrowing =>
  (qb) =>
    applySerialUnitFilter(qb, filter)
