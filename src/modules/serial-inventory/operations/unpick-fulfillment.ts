import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SerialAllocationStage } from "../../../types/serial-allocation-stage"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import {
  insertSerialEvents,
  lockAllocationsWhere,
  updateAllocationRows,
} from "../sql"
import { actorFields } from "./actor-fields"

/**
 * A fulfillment was canceled before it shipped: its picked units go back to
 * stage `allocated` on their lines (still `reserved` for the order, no
 * longer tied to the fulfillment), each with an `allocated` event saying so.
 */
export async function unpickFulfillment(
  knex: Knex,
  input: { fulfillment_id: string },
  actor: SerialActorContext = {}
): Promise<Record<string, any>[]> {
  const allocations = await lockAllocationsWhere(knex, {
    fulfillment_id: input.fulfillment_id,
    stage: SerialAllocationStage.PICKED,
  })
  const back = await updateAllocationRows(
    knex,
    allocations.map((a) => ({
      id: a.id,
      expected_stage: SerialAllocationStage.PICKED,
      stage: SerialAllocationStage.ALLOCATED,
      fulfillment_id: null,
      picked_at: null,
    })),
    ["stage", "fulfillment_id", "picked_at"]
  )
  await insertSerialEvents(
    knex,
    allocations.map((a) => ({
      serial_number_id: a.serial_number_id,
      type: SerialEventType.ALLOCATED,
      from_status: "reserved",
      to_status: "reserved",
      stock_location_id: a.stock_location_id,
      ...actorFields({
        ...actor,
        note: actor.note ?? `fulfillment ${input.fulfillment_id} canceled`,
      }),
      order_id: a.order_id,
      line_item_id: a.line_item_id,
      fulfillment_id: input.fulfillment_id,
    }))
  )
  return back
}
