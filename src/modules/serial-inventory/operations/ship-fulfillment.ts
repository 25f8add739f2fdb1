import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialOrderFlowEventData } from "../../../types/events"
import { SerialAllocationStage } from "../../../types/serial-allocation-stage"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import {
  insertSerialEvents,
  loadPolicies,
  lockAllocationsWhere,
  updateAllocationRows,
} from "../sql"
import { addMonths } from "../utils"
import { actorFields } from "./actor-fields"
import { lockExistingSerialNumbers } from "./lock-existing-serial-numbers"
import {
  emptyUndo,
  type OrderFlowUndo,
  undoUnitsOf,
} from "./undo-order-flow-step"
import { warrantyMonthsFor } from "./warranty-months-for"
import { assertNotRecalled } from "./recall-errors"
import { writeStatuses } from "./write-statuses"

export interface ShipFulfillmentResult {
  shipped: Record<string, any>[]
  /** One entry per shipped unit, for `serial_number.shipped`. */
  units: SerialOrderFlowEventData[]
  undo: OrderFlowUndo
}

/**
 * A fulfillment has shipped: its picked units become `sold`, stage
 * `shipped`, each with a `shipped` event and a fresh warranty from the ship
 * date (the item's policy length, else the template's; none if neither
 * sets one): a resold unit never keeps an earlier buyer's warranty.
 */
export async function shipFulfillment(
  knex: Knex,
  input: { fulfillment_id: string; shipped_at?: Date | string | null },
  actor: SerialActorContext = {}
): Promise<ShipFulfillmentResult> {
  const undo = emptyUndo()
  const allocations = await lockAllocationsWhere(knex, {
    fulfillment_id: input.fulfillment_id,
    stage: SerialAllocationStage.PICKED,
  })
  if (!allocations.length) {
    return { shipped: [], units: [], undo }
  }
  const units = await lockExistingSerialNumbers(
    knex,
    allocations.map((a) => a.serial_number_id)
  )
  // A picked unit a recall blocked since must not leave: the shipment is refused.
  await assertNotRecalled(knex, units as any, "ship")
  const policies = await loadPolicies(knex, [
    ...new Set(units.map((u) => u.inventory_item_id as string)),
  ])
  const months = await warrantyMonthsFor(knex, units, policies)
  const shippedAt = new Date(input.shipped_at ?? Date.now())
  const warranty = (id: string) => {
    const m = months.get(id)
    return {
      warranty_starts_at: m ? shippedAt.toISOString() : null,
      warranty_expires_at: m ? addMonths(shippedAt, m).toISOString() : null,
    }
  }
  await writeStatuses(
    knex,
    units.map((u) => ({
      id: u.id,
      status: "sold",
      expected_status: "reserved",
      ...warranty(u.id),
    }))
  )
  const shipped = await updateAllocationRows(
    knex,
    allocations.map((a) => ({
      id: a.id,
      expected_stage: SerialAllocationStage.PICKED,
      stage: SerialAllocationStage.SHIPPED,
      shipped_at: shippedAt.toISOString(),
    })),
    ["stage", "shipped_at"]
  )
  const byUnit = new Map(allocations.map((a) => [a.serial_number_id, a]))
  const eventIds = await insertSerialEvents(
    knex,
    units.map((u) => {
      const a = byUnit.get(u.id)!
      return {
        serial_number_id: u.id,
        type: SerialEventType.SHIPPED,
        from_status: "reserved",
        to_status: "sold",
        stock_location_id: u.stock_location_id,
        ...actorFields(actor),
        data: { warranty_expires_at: warranty(u.id).warranty_expires_at },
        order_id: a.order_id,
        line_item_id: a.line_item_id,
        fulfillment_id: a.fulfillment_id,
      }
    })
  )
  undo.allocations = allocations.map((a) => ({
    ...a,
    to_stage: SerialAllocationStage.SHIPPED,
  }))
  undo.units = undoUnitsOf(units, eventIds, "reserved", "sold")
  const flowUnits = units.map((u) => {
    const a = byUnit.get(u.id)!
    return {
      id: u.id,
      serial: u.serial,
      order_id: a.order_id,
      line_item_id: a.line_item_id,
      fulfillment_id: a.fulfillment_id,
    }
  })
  return { shipped, units: flowUnits, undo }
}
