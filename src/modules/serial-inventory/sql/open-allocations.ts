import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CLOSED_ALLOCATION_STAGES } from "../../../types/serial-allocation-stage"
import { asJson } from "./knex"

export interface OpenAllocationRow {
  id: string
  serial_number_id: string
  order_id: string
  line_item_id: string
  stage: string
  fulfillment_id: string | null
}

/** The open allocations of these units (at most one each), in one statement. */
export async function openAllocationsOf(
  knex: Knex,
  serialNumberIds: string[]
): Promise<OpenAllocationRow[]> {
  if (!serialNumberIds.length) {
    return []
  }
  const result = await knex.raw(
    `SELECT id, serial_number_id, order_id, line_item_id, stage, fulfillment_id
     FROM serial_allocation
     WHERE serial_number_id IN (SELECT jsonb_array_elements_text(?::jsonb))
       AND stage <> ALL(?::text[]) AND deleted_at IS NULL`,
    [asJson(serialNumberIds), CLOSED_ALLOCATION_STAGES]
  )
  return result.rows
}
