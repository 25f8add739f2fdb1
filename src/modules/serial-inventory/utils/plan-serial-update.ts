import { SerialEventType } from "../../../types/serial-event-type"
import type { UpdateSerialNumberInput } from "../../../types/serial-number-inputs"
import type { TemplateAttributeDefinition } from "../../../types/template-attribute"
import { normalizeDateFields, SERIAL_DATE_FIELDS, toUtcInstant } from "./dates"
import { attributeProblems } from "./attribute-problems"

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

function stableJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(stableJson).join(",")}]`
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.keys(value as object)
      .sort()
      .map(
        (k) =>
          `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`
      )
    return `{${entries.join(",")}}`
  }
  return JSON.stringify(value ?? null)
}

/**
 * A field's value in comparable form: date columns as UTC instants (a Date
 * read back from PostgreSQL equals the ISO string written), everything else
 * as JSON with sorted keys (jsonb does not keep key order).
 */
export function comparable(value: unknown, field?: string): string {
  if (
    field &&
    (SERIAL_DATE_FIELDS as readonly string[]).includes(field) &&
    value !== null &&
    value !== undefined
  ) {
    return toUtcInstant(value) ?? stableJson(value)
  }
  return stableJson(value instanceof Date ? value.toISOString() : value)
}

/**
 * Works out one unit's update: the new values, the changes grouped into
 * lifecycle events (one per kind of change), and attribute problems.
 */
export function planSerialUpdate(
  current: Row,
  input: UpdateSerialNumberInput,
  /** The unit's template definitions (null: no template); undefined skips the attribute check. */
  definitions: TemplateAttributeDefinition[] | null | undefined
): {
  next: Row
  events: { type: SerialEventType; changes: Row }[]
  problems: string[]
  dateProblems: string[]
} {
  const next: Row = { ...current }
  const changes: Row = {}
  const given: Row = { ...input }
  const badDates = normalizeDateFields(given).map(
    (f) => `${f} is not a valid date (${JSON.stringify(given[f])})`
  )
  for (const [field, value] of Object.entries(given)) {
    if (field === "id" || value === undefined) {
      continue
    }
    const merged =
      field === "attributes" || field === "metadata"
        ? mergeObject(current[field], value as Row)
        : value
    if (comparable(merged, field) !== comparable(current[field], field)) {
      next[field] = merged
      changes[field] = { from: current[field] ?? null, to: merged ?? null }
    }
  }
  const attributeErrors =
    "attributes" in changes && definitions !== undefined
      ? attributeProblems(definitions, next.attributes)
      : []
  const problems = [...badDates, ...attributeErrors]
  const grouped = new Map<SerialEventType, Row>()
  for (const [field, change] of Object.entries(changes)) {
    const type = FIELD_EVENT[field] ?? SerialEventType.UPDATED
    grouped.set(type, { ...(grouped.get(type) ?? {}), [field]: change })
  }
  const events = [...grouped].map(([type, c]) => ({ type, changes: c }))
  return { next, events, problems, dateProblems: badDates }
}
