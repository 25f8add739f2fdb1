import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type {
  SerialTransitionRecord,
  TransitionSerialNumbersInput,
} from "../../../types/serial-number-inputs"
import {
  RECALL_ACTIONS,
  SerialNumberAction,
} from "../../../types/serial-number-status"
import {
  insertSerialEvents,
  loadPolicies,
  openAllocationsOf,
  OpenAllocationRow,
  PolicyRow,
  returnIdsOfUnits,
} from "../sql"
import {
  ACTION_EVENT_TYPE,
  addMonths,
  assertTransition,
  listForMessage,
  serialError,
  TRANSITIONS,
} from "../utils"
import { pauseAt } from "../utils/test-switches"
import { actorFields } from "./actor-fields"
import { lockExistingSerialNumbers } from "./lock-existing-serial-numbers"
import { assertNotRecalled } from "./recall-errors"
import { warrantyMonthsFor } from "./warranty-months-for"
import { writeStatuses } from "./write-statuses"

/**
 * Locks the units, checks the table for all of them (one error naming every
 * refused unit) and that their items are still tracked, writes the new
 * status with a guarded update and one event per unit. `sell` starts a
 * warranty where the unit has none. Returns what changed, enough to undo it
 * exactly.
 */
export async function transitionSerialNumberRows(
  knex: Knex,
  input: TransitionSerialNumbersInput
): Promise<SerialTransitionRecord[]> {
  const serialNumbers = await lockExistingSerialNumbers(knex, input.ids)
  await pauseAt("transition:after-read")
  if (RECALL_ACTIONS.includes(input.action)) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.INVALID_TRANSITION,
      `"${input.action}" belongs to recall campaigns: apply or close the campaign instead`
    )
  }
  // A recalled unit moves only with its campaign (close it to release or mark it defective).
  await assertNotRecalled(
    knex,
    serialNumbers as any,
    input.action.replace("_", " ")
  )
  assertTransition(serialNumbers as any, input.action)
  // A share lock: tracking cannot be switched off while units of the item move.
  const policies = await loadPolicies(
    knex,
    serialNumbers.map((s) => s.inventory_item_id),
    { lock: true }
  )
  assertTracked(serialNumbers, policies, input.action)
  // Units on an order line move with their order, not through a plain transition.
  assertNotAllocated(
    serialNumbers,
    await openAllocationsOf(
      knex,
      serialNumbers.map((s) => s.id)
    ),
    input.action
  )
  const to = TRANSITIONS[input.action].to
  const months =
    input.action === SerialNumberAction.SELL
      ? await warrantyMonthsFor(knex, serialNumbers, policies)
      : new Map<string, number | null>()
  const now = new Date()
  const rows = serialNumbers.map((u) => {
    const length = months.get(u.id)
    const startsAt = u.warranty_starts_at ?? (length ? now : null)
    return {
      id: u.id,
      status: to,
      expected_status: u.status,
      warranty_starts_at: startsAt,
      warranty_expires_at:
        u.warranty_expires_at ?? (length ? addMonths(startsAt, length) : null),
    }
  })
  await writeStatuses(knex, rows)
  const eventIds = await insertSerialEvents(
    knex,
    serialNumbers.map((u, i) => ({
      serial_number_id: u.id,
      type: ACTION_EVENT_TYPE[input.action],
      from_status: u.status,
      to_status: to,
      stock_location_id: u.stock_location_id,
      // The warranty the transition leaves, so an undo can tell whether it changed since.
      data: {
        warranty: {
          starts_at: rows[i].warranty_starts_at,
          expires_at: rows[i].warranty_expires_at,
        },
      },
      ...actorFields(input),
    }))
  )
  const modes = new Map(policies.map((p) => [p.inventory_item_id, p.mode]))
  const returnIds = await returnIdsOfUnits(
    knex,
    serialNumbers.filter((u) => u.status === "returned").map((u) => u.id)
  )
  return serialNumbers.map((u, i) => ({
    id: u.id,
    inventory_item_id: u.inventory_item_id,
    stock_location_id: u.stock_location_id,
    tracking_mode: modes.get(u.inventory_item_id) ?? null,
    return_id: returnIds.get(u.id) ?? null,
    event_id: eventIds[i],
    serial: u.serial,
    from_status: u.status,
    to_status: to,
    warranty_starts_at: u.warranty_starts_at,
    warranty_expires_at: u.warranty_expires_at,
  }))
}

/**
 * Refuses to move units of an item whose tracking is off: a sold unit of an
 * item switched to `none` must not come back into stock outside every rule.
 */
function assertTracked(
  serialNumbers: Record<string, any>[],
  policies: PolicyRow[],
  action: string
): void {
  const tracked = new Set(
    policies.filter((p) => p.mode !== "none").map((p) => p.inventory_item_id)
  )
  const untracked = serialNumbers.filter(
    (s) => !tracked.has(s.inventory_item_id)
  )
  if (untracked.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.TRACKING_DISABLED,
      `Cannot ${action.replace("_", " ")} ${listForMessage(untracked.map((s) => `${s.serial} (item ${s.inventory_item_id})`))}: ` +
        `serial tracking is off for the item; turn it back on to record changes to its units`
    )
  }
}

/**
 * Refuses plain transitions of units that are allocated to an order line
 * (`serial_number_allocated`, naming the order): releasing, selling or
 * re-reserving them is the order flow's job (pick, ship, cancel, swap).
 */
function assertNotAllocated(
  serialNumbers: Record<string, any>[],
  allocations: OpenAllocationRow[],
  action: string
): void {
  if (!allocations.length) {
    return
  }
  const serialOf = new Map(serialNumbers.map((s) => [s.id, s.serial]))
  const list = allocations.map(
    (a) =>
      `${serialOf.get(a.serial_number_id)} (order ${a.order_id}, line ${a.line_item_id}, ${a.stage})`
  )
  throw serialError(
    MedusaError.Types.NOT_ALLOWED,
    SerialErrorCode.ALLOCATED,
    `Cannot ${action.replace("_", " ")} ${listForMessage(list)}: ` +
      `allocated to an order; it moves with its order (fulfill, ship, cancel or swap it there)`
  )
}
