import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { SerialAllocationStage } from "../../../types/serial-allocation-stage"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import type { SerialAllocationStrategy } from "../../../types/tracking-policy"
import {
  countOpenAllocationsOnLine,
  insertAllocations,
  insertSerialEvents,
  loadPolicies,
  loadTemplates,
  lockAllocationCandidates,
  lockLine,
} from "../sql"
import { newEntityId, serialError } from "../utils"
import { pauseAt } from "../utils/test-switches"
import { actorFields } from "./actor-fields"
import { writeStatuses } from "./write-statuses"

export interface AllocateLineInput {
  order_id: string
  line_item_id: string
  inventory_item_id: string
  /** Where the line's Medusa reservation is: units are taken from there. */
  stock_location_id: string
  /** How many units of this inventory item the line holds (its reservation's quantity). */
  quantity: number
  /** Overrides the policy's strategy (`manual` allocates nothing by itself). */
  strategy?: SerialAllocationStrategy
}

export interface AllocateLineResult {
  /** Allocations this call made (the line's earlier ones are not repeated). */
  allocations: Record<string, any>[]
  /** Units the line still lacks after this call. */
  missing: number
  /** False when the item is not under `full` tracking (nothing is allocated ahead). */
  tracked: boolean
}

/**
 * Gives an order line the units it still lacks, in one transaction: the line
 * is locked (a transaction advisory lock on its id) while its open
 * allocations are counted, so two processes can never put more units on it
 * than its quantity; candidates are taken in the strategy's order with
 * `FOR UPDATE SKIP LOCKED`; each becomes `reserved` through the guarded
 * status write with an `allocated` event naming the order; and the partial
 * unique index on open allocations is the last word on "one line per unit".
 * A line that cannot be covered in full takes what there is and reports
 * what it lacks. Items without `full` tracking are left alone.
 */
export async function allocateLine(
  knex: Knex,
  input: AllocateLineInput,
  actor: SerialActorContext = {}
): Promise<AllocateLineResult> {
  await lockLine(knex, input.line_item_id, input.inventory_item_id)
  const open = await countOpenAllocationsOnLine(
    knex,
    input.line_item_id,
    input.inventory_item_id
  )
  const need = Math.max(0, input.quantity - open)
  const [policy] = await loadPolicies(knex, [input.inventory_item_id], {
    lock: true,
  })
  // Only `full` items are allocated ahead: `outbound` units are captured at pick.
  if (policy?.mode !== "full") {
    return { allocations: [], missing: 0, tracked: false }
  }
  const strategy = (input.strategy ??
    policy.allocation_strategy) as SerialAllocationStrategy
  if (!need || strategy === "manual") {
    return { allocations: [], missing: need, tracked: true }
  }
  const [template] =
    strategy === "condition"
      ? await loadTemplates(knex, [policy.template_id])
      : []
  const chosen = await lockAllocationCandidates(knex, {
    inventory_item_id: input.inventory_item_id,
    stock_location_id: input.stock_location_id,
    limit: need,
    strategy,
    condition_grades: template?.condition_grades,
  })
  await pauseAt("allocate:after-candidates")
  if (!chosen.length) {
    return { allocations: [], missing: need, tracked: true }
  }
  await writeStatuses(
    knex,
    chosen.map((s) => ({
      id: s.id,
      status: "reserved",
      expected_status: "in_stock",
      warranty_starts_at: s.warranty_starts_at,
      warranty_expires_at: s.warranty_expires_at,
    }))
  )
  const refs = { order_id: input.order_id, line_item_id: input.line_item_id }
  await insertSerialEvents(
    knex,
    chosen.map((s) => ({
      serial_number_id: s.id,
      type: SerialEventType.ALLOCATED,
      from_status: "in_stock",
      to_status: "reserved",
      stock_location_id: s.stock_location_id,
      ...actorFields(actor),
      ...refs,
    }))
  )
  const now = new Date()
  const rows = chosen.map((s) => ({
    id: newEntityId("salloc"),
    serial_number_id: s.id,
    inventory_item_id: input.inventory_item_id,
    stock_location_id: input.stock_location_id,
    stage: SerialAllocationStage.ALLOCATED,
    allocated_at: now,
    ...refs,
  }))
  const allocations = await insertAllocations(knex, rows)
  if (allocations.length !== rows.length) {
    // Cannot happen while the candidates are locked: the unique index's last word.
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.CONCURRENT_CHANGE,
      `${rows.length - allocations.length} unit(s) were allocated concurrently to another line, nothing was allocated`
    )
  }
  return { allocations, missing: need - allocations.length, tracked: true }
}
