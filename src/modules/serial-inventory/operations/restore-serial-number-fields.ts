import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type {
  SerialActorContext,
  UpdateSerialNumberInput,
} from "../../../types/serial-number-inputs"
import { lockSerialNumbers } from "../sql"
import { comparable } from "../utils"
import {
  SerialFieldChanges,
  updateSerialNumberFields,
} from "./update-serial-number-fields"

const MERGED = new Set(["attributes", "metadata"])

/** The patch that turns a merged object `to` back into `from` (keys `to` added become null). */
function replacing(from: unknown, to: unknown): Record<string, unknown> | null {
  if (from === null || from === undefined) {
    return null
  }
  const added = Object.keys((to as object) ?? {}).filter(
    (k) => !(k in (from as object))
  )
  return {
    ...Object.fromEntries(added.map((k) => [k, null])),
    ...(from as object),
  }
}

/**
 * Undoes an update (compensation of `updateSerialNumbersStep`): puts back each
 * changed field whose current value is still the one the update wrote, and
 * leaves fields someone changed since alone. Recorded as events like any
 * update: the log is append-only.
 */
export async function restoreSerialNumberFieldChanges(
  knex: Knex,
  changes: SerialFieldChanges[],
  actor: SerialActorContext
): Promise<void> {
  const current = new Map(
    (
      await lockSerialNumbers(
        knex,
        changes.map((c) => c.id)
      )
    ).map((u) => [u.id, u])
  )
  const patches: UpdateSerialNumberInput[] = []
  for (const { id, changes: fields } of changes) {
    const serialNumber = current.get(id)
    if (!serialNumber) {
      continue
    }
    const patch: Record<string, unknown> = { id }
    for (const [field, { from, to }] of Object.entries(fields)) {
      if (comparable(serialNumber[field], field) === comparable(to, field)) {
        patch[field] = MERGED.has(field) ? replacing(from, to) : from
      }
    }
    if (Object.keys(patch).length > 1) {
      patches.push(patch as unknown as UpdateSerialNumberInput)
    }
  }
  if (patches.length) {
    // Values that were valid when written go back even if the template changed since.
    await updateSerialNumberFields(knex, patches, actor, {
      validateAttributes: false,
    })
  }
}
