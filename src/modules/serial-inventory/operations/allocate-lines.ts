import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { SerialAllocationStage } from "../../../types/serial-allocation-stage"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import type { SerialAllocationStrategy } from "../../../types/tracking-policy"
import {
  countOpenAllocationsOnLines,
  insertAllocations,
  insertSerialEvents,
  loadPolicies,
  loadTemplates,
  lockAllocationCandidates,
  lockLines,
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

const lineKey = (l: AllocateLineInput) =>
  `${l.line_item_id}:${l.inventory_item_id}`

/**
 * Gives order lines the units they still lack, set-based: the same number
 * of statements for one line or a hundred. Every line is locked (a
 * transaction advisory lock on line and item, all in one statement, in a
 * fixed order) while its open allocations are counted, so no two processes
 * can put more units on a line than its quantity; the policies are read
 * under a share lock; candidates are taken per item and location in the
 * strategy's order with `FOR UPDATE SKIP LOCKED` (concurrent checkouts of
 * one hot item take different units instead of queueing), and handed out to
 * the lines in a fixed order; each unit becomes `reserved` through the
 * guarded status write with an `allocated` event naming its order and line;
 * and the partial unique index on open allocations is the last word on "one
 * line per unit". A line that cannot be covered in full takes what there is
 * and reports what it lacks. Items without `full` tracking are left alone.
 * Returns one result per input line, in input order.
 */
export async function allocateLines(
  knex: Knex,
  lines: AllocateLineInput[],
  actor: SerialActorContext = {}
): Promise<AllocateLineResult[]> {
  if (!lines.length) {
    return []
  }
  await lockLines(knex, lines)
  const open = await countOpenAllocationsOnLines(knex, lines)
  const policies = await loadPolicies(
    knex,
    [...new Set(lines.map((l) => l.inventory_item_id))],
    { lock: true }
  )
  const policyOf = new Map(policies.map((p) => [p.inventory_item_id, p]))
  const strategyOf = (l: AllocateLineInput) =>
    (l.strategy ??
      policyOf.get(l.inventory_item_id)
        ?.allocation_strategy) as SerialAllocationStrategy

  // Lines in a fixed order; each one's need, counting earlier input lines of the same key.
  const order = [...lines.keys()].sort((a, b) =>
    lineKey(lines[a]).localeCompare(lineKey(lines[b]))
  )
  const need = new Array<number>(lines.length).fill(0)
  const results: AllocateLineResult[] = new Array(lines.length)
  for (const i of order) {
    const line = lines[i]
    const tracked = policyOf.get(line.inventory_item_id)?.mode === "full"
    const held = open.get(lineKey(line)) ?? 0
    need[i] = tracked ? Math.max(0, line.quantity - held) : 0
    // A repeated line counts what the earlier entry will take.
    open.set(lineKey(line), held + need[i])
    results[i] = { allocations: [], missing: 0, tracked }
    if (tracked && strategyOf(line) === "manual") {
      results[i].missing = need[i]
      need[i] = 0
    }
  }

  // Candidates per item, location and strategy, one statement each.
  const groups = new Map<string, number[]>()
  for (const i of order) {
    if (!need[i]) continue
    const l = lines[i]
    const key = `${l.inventory_item_id}|${l.stock_location_id}|${strategyOf(l)}`
    groups.set(key, [...(groups.get(key) ?? []), i])
  }
  const templates = await loadTemplates(
    knex,
    [...groups.values()]
      .filter((members) => strategyOf(lines[members[0]]) === "condition")
      .map((members) => policyOf.get(lines[members[0]].inventory_item_id))
      .map((p) => p?.template_id)
  )
  const gradesOf = new Map(templates.map((t) => [t.id, t.condition_grades]))
  const unitsFor = new Map<number, Record<string, any>[]>()
  for (const members of groups.values()) {
    const first = lines[members[0]]
    const strategy = strategyOf(first)
    const templateId = policyOf.get(first.inventory_item_id)?.template_id
    const chosen = await lockAllocationCandidates(knex, {
      inventory_item_id: first.inventory_item_id,
      stock_location_id: first.stock_location_id,
      limit: members.reduce((sum, i) => sum + need[i], 0),
      strategy,
      condition_grades:
        strategy === "condition" && templateId
          ? gradesOf.get(templateId)
          : undefined,
    })
    let next = 0
    for (const i of members) {
      unitsFor.set(i, chosen.slice(next, next + need[i]))
      next += need[i]
    }
  }
  await pauseAt("allocate:after-candidates")

  const taken = order.flatMap((i) =>
    (unitsFor.get(i) ?? []).map((unit) => ({ i, unit }))
  )
  for (const i of order) {
    if (need[i]) results[i].missing = need[i] - (unitsFor.get(i)?.length ?? 0)
  }
  if (!taken.length) {
    return results
  }
  await writeStatuses(
    knex,
    taken.map(({ unit }) => ({
      id: unit.id,
      status: "reserved",
      expected_status: "in_stock",
      warranty_starts_at: unit.warranty_starts_at,
      warranty_expires_at: unit.warranty_expires_at,
    }))
  )
  const refsOf = (i: number) => ({
    order_id: lines[i].order_id,
    line_item_id: lines[i].line_item_id,
  })
  await insertSerialEvents(
    knex,
    taken.map(({ i, unit }) => ({
      serial_number_id: unit.id,
      type: SerialEventType.ALLOCATED,
      from_status: "in_stock",
      to_status: "reserved",
      stock_location_id: unit.stock_location_id,
      ...actorFields(actor),
      ...refsOf(i),
    }))
  )
  const now = new Date()
  const rows = taken.map(({ i, unit }) => ({
    id: newEntityId("salloc"),
    serial_number_id: unit.id,
    inventory_item_id: lines[i].inventory_item_id,
    stock_location_id: lines[i].stock_location_id,
    stage: SerialAllocationStage.ALLOCATED,
    allocated_at: now,
    ...refsOf(i),
  }))
  const inserted = await insertAllocations(knex, rows)
  if (inserted.length !== rows.length) {
    // Cannot happen while the candidates are locked: the unique index's last word.
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.CONCURRENT_CHANGE,
      `${rows.length - inserted.length} unit(s) were allocated concurrently to another line, nothing was allocated`
    )
  }
  const byId = new Map(inserted.map((a) => [a.id, a]))
  taken.forEach(({ i }, k) =>
    results[i].allocations.push(byId.get(rows[k].id)!)
  )
  return results
}
