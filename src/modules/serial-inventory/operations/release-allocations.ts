import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import {
  RELEASABLE_ALLOCATION_STAGES,
  SerialAllocationStage,
} from "../../../types/serial-allocation-stage"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import { asJson, insertSerialEvents } from "../sql"
import { listForMessage, serialError } from "../utils"
import { actorFields } from "./actor-fields"
import { lockExistingSerialNumbers } from "./lock-existing-serial-numbers"
import {
  emptyUndo,
  type OrderFlowUndo,
  undoUnitsOf,
} from "./undo-order-flow-step"
import { assertNotRecalled } from "./recall-errors"
import { writeStatuses } from "./write-statuses"

/**
 * Ends allocations whose units have not shipped (order canceled, a line
 * changed, a unit swapped, or an allocation rolled back): each allocation
 * becomes `released`, and its unit goes back from `reserved` to `in_stock`
 * with a `released` event naming the order and why. Refuses, naming them,
 * allocations that are closed or shipped.
 */
export async function releaseAllocations(
  knex: Knex,
  allocationIds: string[],
  actor: SerialActorContext = {}
): Promise<Record<string, any>[]> {
  return (await releaseAllocationsWithUndo(knex, allocationIds, actor)).released
}

/** `releaseAllocations`, also saying how to undo it (for a step that swaps units). */
export async function releaseAllocationsWithUndo(
  knex: Knex,
  allocationIds: string[],
  actor: SerialActorContext = {}
): Promise<{ released: Record<string, any>[]; undo: OrderFlowUndo }> {
  const undo = emptyUndo()
  if (!allocationIds.length) {
    return { released: [], undo }
  }
  const allocations: Record<string, any>[] = (
    await knex.raw(
      `SELECT * FROM serial_allocation
       WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)) AND deleted_at IS NULL
       ORDER BY id FOR UPDATE`,
      [asJson([...new Set(allocationIds)])]
    )
  ).rows
  const refused = allocations.filter(
    (a) => !RELEASABLE_ALLOCATION_STAGES.includes(a.stage)
  )
  const missing = allocationIds.filter(
    (id) => !allocations.some((a) => a.id === id)
  )
  if (refused.length || missing.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.ALLOCATION_NOT_RELEASABLE,
      `Cannot release allocation(s) ${listForMessage([
        ...refused.map((a) => `${a.id} (${a.stage})`),
        ...missing.map((id) => `${id} (not found)`),
      ])}: only allocated or picked units can go back to stock`
    )
  }
  const units = await lockExistingSerialNumbers(
    knex,
    allocations.map((a) => a.serial_number_id)
  )
  // A recalled unit stays with its campaign until it closes (known limit: see the README).
  await assertNotRecalled(knex, units as any, "release")
  await writeStatuses(
    knex,
    units.map((u) => ({
      id: u.id,
      status: "in_stock",
      expected_status: "reserved",
      warranty_starts_at: u.warranty_starts_at,
      warranty_expires_at: u.warranty_expires_at,
    }))
  )
  const byUnit = new Map(allocations.map((a) => [a.serial_number_id, a]))
  const eventIds = await insertSerialEvents(
    knex,
    units.map((u) => {
      const a = byUnit.get(u.id)!
      return {
        serial_number_id: u.id,
        type: SerialEventType.RELEASED,
        from_status: "reserved",
        to_status: "in_stock",
        stock_location_id: u.stock_location_id,
        ...actorFields(actor),
        order_id: a.order_id,
        line_item_id: a.line_item_id,
        fulfillment_id: a.fulfillment_id,
      }
    })
  )
  const released = await knex.raw(
    `UPDATE serial_allocation SET stage = ?, released_at = now(), updated_at = now()
     WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))
     RETURNING *`,
    [SerialAllocationStage.RELEASED, asJson(allocations.map((a) => a.id))]
  )
  undo.allocations = allocations.map((a) => ({
    ...a,
    to_stage: SerialAllocationStage.RELEASED,
  }))
  undo.units = undoUnitsOf(units, eventIds, "reserved", "in_stock")
  return { released: released.rows, undo }
}
