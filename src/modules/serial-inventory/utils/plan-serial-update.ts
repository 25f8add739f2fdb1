import { SerialEventType } from "../../../types/serial-event-type"
import type { UpdateSerialNumberInput } from "../../../types/serial-number-inputs"
import type { TemplateAttributeDefinition } from "../../../types/template-attribute"
import { normalizeDateFields } from "./dates"
import { attributeProblems } from "./validate-attributes"

type Row = Record<string, any>

/** Which event type a changed field is recorded under. */
const FIELD_EVENT: Record<string, SerialEventType> = {
  bin_code: SerialEventType.MOVED,
  condition_grade: SerialEventType.CONDITION_CHANGED,
  condition_notes: SerialEventType.CONDITION_CHANGED,
  attributes: SerialEventType.ATTRIBUTES_CHANGED,
}

/** Shallow merge where `null` removes a key. */
export function mergeObject(
  current: Record<string, unknown> | null | undefined,
  patch: Record<string, unknown> | null | undefined
): Record<string, unknown> | null {
  if (patch === null) {
    return null
  }
  const merged: Record<string, unknown> = { ...(current ?? {}) }
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) {
      delete merged[key]
    } else {
      merged[key] = value
    }
  }
  return Object.keys(merged).length ? merged : null
}

/** A value's comparable form (dates as ISO instants, everything else as JSON). */
export function comparable(value: unknown): string {
  if (value instanceof Date) {
    return value.toISOString()
  }
  if (typeof value === "string" && !isNaN(Date.parse(value)) && /^\d{4}-/.test(value)) {
    return new Date(value).toISOString()
  }
  return JSON.stringify(value ?? null)
}

/**
 * Works out one unit's update: the new values, the changes grouped into
 * lifecycle events (one per kind of change), and attribute problems.
 */
export function planSerialUpdate(
  current: Row,
  input: UpdateSerialNumberInput,
  definitions: TemplateAttributeDefinition[] | null
): { next: Row; events: { type: SerialEventType; changes: Row }[]; problems: string[] } {
  const next: Row = { ...current }
  const changes: Row = {}
  const given: Row = { ...input }
  const badDates = normalizeDateFields(given).map((f) => `${f} is not a valid date (${JSON.stringify(given[f])})`)
  for (const [field, value] of Object.entries(given)) {
    if (field === "id" || value === undefined) {
      continue
    }
    const merged =
      field === "attributes" || field === "metadata" ? mergeObject(current[field], value as Row) : value
    if (comparable(merged) !== comparable(current[field])) {
      next[field] = merged
      changes[field] = { from: current[field] ?? null, to: merged ?? null }
    }
  }
  const problems = [
    ...badDates,
    ...("attributes" in changes ? attributeProblems(definitions, next.attributes) : []),
  ]
  const grouped = new Map<SerialEventType, Row>()
  for (const [field, change] of Object.entries(changes)) {
    const type = FIELD_EVENT[field] ?? SerialEventType.UPDATED
    grouped.set(type, { ...(grouped.get(type) ?? {}), [field]: change })
  }
  const events = [...grouped].map(([type, c]) => ({ type, changes: c }))
  return { next, events, problems }
}
