import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { SerialAllocationStage } from "../../../types/serial-allocation-stage"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import {
  ALLOCATION_MOVABLE_COLUMNS,
  deleteCreatedAllocations,
  insertSerialEvents,
  updateAllocationRows,
  updateSerialNumberRows,
} from "../sql"
import { serialError } from "../utils"
import { actorFields } from "./actor-fields"
import { lockExistingSerialNumbers } from "./lock-existing-serial-numbers"

/** One unit an order-flow step moved: as it was, and the event the step wrote. */
export interface UndoUnit {
  id: string
  status: string
  warranty_starts_at: Date | string | null
  warranty_expires_at: Date | string | null
  stock_location_id: string | null
  /** The status the step left it in. */
  to_status: string
  /** The step's status event on the unit (the last one if it wrote several). */
  event_id: string
}

/**
 * What an order-flow step (pick, ship, return) changed, so its workflow
 * compensation can put it back: units as they were, allocation rows as they
 * were (with the stage the step left them in), and allocations it created.
 */
export interface OrderFlowUndo {
  units: UndoUnit[]
  allocations: (Record<string, any> & { to_stage: string })[]
  created_allocation_ids: string[]
  /** Allocation stage the created ones were left in. */
  created_stage?: string
}

export const emptyUndo = (): OrderFlowUndo => ({
  units: [],
  allocations: [],
  created_allocation_ids: [],
})

/**
 * Puts back what an order-flow step changed (its workflow is compensating):
 * allocations it created are deleted (the step never happened), the ones
 * it moved get their earlier stage and references back, and each unit gets
 * its earlier status and warranty with a `reverted` event pointing at the
 * step's own event (the log is append-only: the undo is a new event). The
 * writes are guarded: a unit or allocation something else has moved since
 * aborts the undo rather than overwrite it.
 */
export async function undoOrderFlowStep(
  knex: Knex,
  undo: OrderFlowUndo,
  actor: SerialActorContext = {}
): Promise<void> {
  const deleted = await deleteCreatedAllocations(
    knex,
    undo.created_allocation_ids,
    undo.created_stage ?? SerialAllocationStage.PICKED
  )
  const restored = await updateAllocationRows(
    knex,
    undo.allocations.map((a) => ({
      ...Object.fromEntries(ALLOCATION_MOVABLE_COLUMNS.map((c) => [c, a[c]])),
      id: a.id,
      expected_stage: a.to_stage,
    })),
    ALLOCATION_MOVABLE_COLUMNS
  )
  if (
    deleted !== undo.created_allocation_ids.length ||
    restored.length !== undo.allocations.length
  ) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.CONCURRENT_CHANGE,
      "Allocations changed since this step, its undo was not applied"
    )
  }
  if (!undo.units.length) {
    return
  }
  await lockExistingSerialNumbers(
    knex,
    undo.units.map((u) => u.id)
  )
  const written = await updateSerialNumberRows(
    knex,
    undo.units.map((u) => ({
      id: u.id,
      status: u.status,
      expected_status: u.to_status,
      warranty_starts_at: u.warranty_starts_at,
      warranty_expires_at: u.warranty_expires_at,
      stock_location_id: u.stock_location_id,
    })),
    [
      "status",
      "warranty_starts_at",
      "warranty_expires_at",
      "stock_location_id",
    ],
    true
  )
  if (written !== undo.units.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.CONCURRENT_CHANGE,
      "Units changed since this step, its undo was not applied"
    )
  }
  await insertSerialEvents(
    knex,
    undo.units.map((u) => ({
      serial_number_id: u.id,
      type: SerialEventType.REVERTED,
      from_status: u.to_status,
      to_status: u.status,
      stock_location_id: u.stock_location_id,
      ...actorFields(actor),
      data: { reverted_event_id: u.event_id },
    }))
  )
}

/**
 * The undo records of units a step moved, from their rows as read before it
 * and the ids of the events it wrote for them (same order).
 */
export function undoUnitsOf(
  units: Record<string, any>[],
  eventIds: string[],
  status: string | ((unit: Record<string, any>) => string),
  toStatus: string
): UndoUnit[] {
  return units.map((u, i) => ({
    id: u.id,
    status: typeof status === "function" ? status(u) : status,
    to_status: toStatus,
    warranty_starts_at: u.warranty_starts_at,
    warranty_expires_at: u.warranty_expires_at,
    stock_location_id: u.stock_location_id,
    event_id: eventIds[i],
  }))
}
