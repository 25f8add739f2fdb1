import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CLOSED_ALLOCATION_STAGES } from "../../../types/serial-allocation-stage"
import {
  SerialAllocationStrategy,
  SerialTrackingMode,
} from "../../../types/tracking-policy"
import { asJson } from "./knex"
import { loadPolicies } from "./policies-and-templates"

/** An inventory item at a stock location. */
export interface SerialUnitPlace {
  inventory_item_id: string
  stock_location_id: string
}

export interface AvailableSerialUnitsRow extends SerialUnitPlace {
  /** Units there an allocation could take now: `in_stock`, on no open allocation. */
  available: number
}

/**
 * Counts the units free to allocate per (inventory item, location): the
 * same rule `lockAllocationCandidates` picks from, without locking. One
 * statement for any number of places; every place gets a row (0 when none).
 */
export async function countFreeSerialUnits(
  knex: Knex,
  places: SerialUnitPlace[]
): Promise<AvailableSerialUnitsRow[]> {
  if (!places.length) {
    return []
  }
  const result = await knex.raw(
    `SELECT p.inventory_item_id, p.stock_location_id, count(sn.id)::int AS available
     FROM (SELECT DISTINCT * FROM jsonb_to_recordset(?::jsonb)
             AS r(inventory_item_id text, stock_location_id text)) p
     LEFT JOIN serial_number sn
       ON sn.inventory_item_id = p.inventory_item_id
      AND sn.stock_location_id = p.stock_location_id
      AND sn.status = 'in_stock' AND sn.deleted_at IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM serial_allocation sa
        WHERE sa.serial_number_id = sn.id AND sa.stage <> ALL(?::text[])
          AND sa.deleted_at IS NULL)
     GROUP BY p.inventory_item_id, p.stock_location_id`,
    [
      asJson(
        places.map((p) => ({
          inventory_item_id: p.inventory_item_id,
          stock_location_id: p.stock_location_id,
        }))
      ),
      CLOSED_ALLOCATION_STAGES,
    ]
  )
  return result.rows
}

/**
 * Free units per place, for the places whose item the plugin allocates ahead
 * (policy `full`, strategy not `manual`); places of other items are left
 * out. Two statements: the policies, then one count for the tracked places.
 */
export async function countAllocatableSerialUnits(
  knex: Knex,
  places: SerialUnitPlace[]
): Promise<AvailableSerialUnitsRow[]> {
  const policies = await loadPolicies(
    knex,
    places.map((p) => p.inventory_item_id)
  )
  const allocatedAhead = new Set(
    policies
      .filter(
        (p) =>
          p.mode === SerialTrackingMode.FULL &&
          p.allocation_strategy !== SerialAllocationStrategy.MANUAL
      )
      .map((p) => p.inventory_item_id)
  )
  return await countFreeSerialUnits(
    knex,
    places.filter((p) => allocatedAhead.has(p.inventory_item_id))
  )
}
