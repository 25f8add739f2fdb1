import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialOrderFlowEventData } from "../../../types/events"
import { SerialAllocationStage } from "../../../types/serial-allocation-stage"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import {
  insertSerialEvents,
  lockAllocationsWhere,
  lockSerialNumbers,
  updateAllocationRows,
} from "../sql"
import { actorFields } from "./actor-fields"

/**
 * A fulfillment was delivered: its shipped allocations move to stage
 * `delivered`, each unit gets a `delivered` event (its status stays
 * `sold`). Running it again finds nothing left to deliver. Resolves one
 * entry per delivered unit.
 */
export async function deliverFulfillment(
  knex: Knex,
  input: { fulfillment_id: string; delivered_at?: Date | string | null },
  actor: SerialActorContext = {}
): Promise<SerialOrderFlowEventData[]> {
  const allocations = await lockAllocationsWhere(knex, {
    fulfillment_id: input.fulfillment_id,
    stage: SerialAllocationStage.SHIPPED,
  })
  const at = new Date(input.delivered_at ?? Date.now()).toISOString()
  const delivered = await updateAllocationRows(
    knex,
    allocations.map((a) => ({
      id: a.id,
      expected_stage: SerialAllocationStage.SHIPPED,
      stage: SerialAllocationStage.DELIVERED,
      delivered_at: at,
    })),
    ["stage", "delivered_at"]
  )
  await insertSerialEvents(
    knex,
    delivered.map((a) => ({
      serial_number_id: a.serial_number_id,
      type: SerialEventType.DELIVERED,
      stock_location_id: a.stock_location_id,
      ...actorFields(actor),
      order_id: a.order_id,
      line_item_id: a.line_item_id,
      fulfillment_id: a.fulfillment_id,
    }))
  )
  const serials = new Map(
    (
      await lockSerialNumbers(
        knex,
        delivered.map((a) => a.serial_number_id)
      )
    ).map((u) => [u.id, u.serial as string])
  )
  return delivered.map((a) => ({
    id: a.serial_number_id,
    serial: serials.get(a.serial_number_id)!,
    order_id: a.order_id,
    line_item_id: a.line_item_id,
    fulfillment_id: a.fulfillment_id,
  }))
}
