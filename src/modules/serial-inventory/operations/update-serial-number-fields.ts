import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialNumberDTO } from "../../../types/serial-records"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type {
  SerialActorContext,
  UpdateSerialNumberInput,
} from "../../../types/serial-number-inputs"
import {
  insertSerialEvents,
  loadTemplates,
  UPDATABLE_COLUMNS,
  updateSerialNumberRows,
} from "../sql"
import { fieldsWithNul, planSerialUpdate, serialError } from "../utils"
import { actorFields } from "./actor-fields"
import { lockExistingSerialNumbers } from "./lock-existing-serial-numbers"

const UPDATABLE = new Set<string>(UPDATABLE_COLUMNS)

/** Field changes of one unit: `{ field: { from, to } }`. */
export interface SerialFieldChanges {
  id: string
  changes: Record<string, { from: unknown; to: unknown }>
}

export interface UpdateSerialNumberFieldsResult {
  /** The units as written. */
  serial_numbers: SerialNumberDTO[]
  changes: SerialFieldChanges[]
}

/**
 * Changes non-status fields of locked units, validating merged attributes
 * against each unit's template, and records one event per kind of change.
 * `status` is refused: only transitions change it.
 */
export async function updateSerialNumberFields(
  knex: Knex,
  data: UpdateSerialNumberInput[],
  actor: SerialActorContext,
  options: { validateAttributes?: boolean } = {}
): Promise<UpdateSerialNumberFieldsResult> {
  if (
    !Array.isArray(data) ||
    data.some((d) => !d || typeof d !== "object" || "status" in d)
  ) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.STATUS_READ_ONLY,
      "A serial number's status changes only through a transition (reserve, release, sell, return, restock, mark defective)"
    )
  }
  const fixed = [
    ...new Set(
      data.flatMap((d) =>
        Object.keys(d).filter((k) => k !== "id" && !UPDATABLE.has(k))
      )
    ),
  ]
  if (fixed.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.FIELD_READ_ONLY,
      `These fields cannot be changed by an update: ${fixed.join(", ")} (changeable: ${UPDATABLE_COLUMNS.join(", ")})`
    )
  }
  const withNul = data.flatMap((d) =>
    fieldsWithNul(d as unknown as Record<string, unknown>).map(
      (f) => `${d.id}.${f}`
    )
  )
  if (withNul.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.INVALID_TEXT,
      `These fields must not contain NUL characters: ${withNul.join(", ")}`
    )
  }
  const ids = data.map((d) => d.id)
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i)
  if (repeated.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.DUPLICATE_ID,
      `Each serial number can appear once per update: ${[...new Set(repeated)].join(", ")}`
    )
  }
  const current = await lockExistingSerialNumbers(knex, ids)
  const templates = await loadTemplates(
    knex,
    current.map((c) => c.template_id)
  )
  const defsById = new Map(templates.map((t) => [t.id, t.attributes ?? []]))
  const byId = new Map(current.map((c) => [c.id, c]))
  const problems: string[] = []
  let dateProblems = 0
  const plans = data.map((input) => {
    const serialNumber = byId.get(input.id)!
    const defs =
      options.validateAttributes === false
        ? undefined
        : serialNumber.template_id
          ? (defsById.get(serialNumber.template_id) ?? [])
          : null
    const plan = planSerialUpdate(serialNumber, input, defs)
    problems.push(...plan.problems.map((p) => `${serialNumber.serial}: ${p}`))
    dateProblems += plan.dateProblems.length
    return { serialNumber, plan }
  })
  if (problems.length) {
    const code = !dateProblems
      ? SerialErrorCode.INVALID_ATTRIBUTES
      : dateProblems === problems.length
        ? SerialErrorCode.INVALID_DATE
        : SerialErrorCode.BATCH_INVALID
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      code,
      `Invalid values, nothing was written: ${problems.join("; ")}`
    )
  }
  const changed = plans.filter((p) => p.plan.events.length)
  await updateSerialNumberRows(
    knex,
    changed.map((p) => p.plan.next),
    [...UPDATABLE_COLUMNS]
  )
  await insertSerialEvents(
    knex,
    changed.flatMap(({ serialNumber, plan }) =>
      plan.events.map((e) => ({
        serial_number_id: serialNumber.id,
        type: e.type,
        stock_location_id: serialNumber.stock_location_id,
        data: { changes: e.changes },
        ...actorFields(actor),
      }))
    )
  )
  return {
    // The rows as written (their values are the plans'), without reading them back.
    serial_numbers: plans.map(({ plan }) => plan.next as SerialNumberDTO),
    changes: changed.map(({ serialNumber, plan }) => ({
      id: serialNumber.id,
      changes: Object.assign({}, ...plan.events.map((e) => e.changes)),
    })),
  }
}
