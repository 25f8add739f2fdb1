import type { AdminSerialNumber } from "../../types/http"
import type { TemplateAttributeDefinition } from "../../types/template-attribute"

/** The unit's own editable text fields the details form shows. */
export const UNIT_TEXT_FIELDS = [
  "condition_grade",
  "condition_notes",
  "bin_code",
  "lot",
  "supplier_reference",
  "receipt_reference",
] as const
export type UnitTextField = (typeof UNIT_TEXT_FIELDS)[number]

/** A form value: text for text, number, date and select attributes ("" = none), a flag for booleans. */
export type AttributeFormValue = string | boolean

export interface UnitFormValues {
  fields: Record<UnitTextField, string>
  attributes: Record<string, AttributeFormValue>
}

/** The form's starting values from a unit and its template's definitions. */
export function unitFormValues(
  unit: Pick<AdminSerialNumber, UnitTextField | "attributes">,
  definitions: TemplateAttributeDefinition[]
): UnitFormValues {
  const fields = Object.fromEntries(
    UNIT_TEXT_FIELDS.map((f) => [f, unit[f] ?? ""])
  ) as Record<UnitTextField, string>
  const attributes: Record<string, AttributeFormValue> = {}
  for (const def of definitions) {
    const value = unit.attributes?.[def.key]
    attributes[def.key] =
      def.type === "boolean"
        ? value === true
        : value === undefined || value === null
          ? ""
          : String(value)
  }
  return { fields, attributes }
}

function attributeValue(
  def: TemplateAttributeDefinition,
  value: AttributeFormValue
): string | number | boolean | null {
  if (def.type === "boolean") return value === true
  const text = String(value).trim()
  if (!text) return null
  if (def.type === "number") {
    const n = Number(text)
    // Something that is not a number goes as typed: the API names the problem.
    return Number.isFinite(n) ? n : text
  }
  return text
}

/**
 * The body of `POST /admin/serial-numbers/:id` for what the user changed:
 * only changed fields, `null` for a field or attribute that was emptied.
 * Attributes merge on the server, so only changed keys are sent.
 */
export function changedUnitFields(
  initial: UnitFormValues,
  current: UnitFormValues,
  definitions: TemplateAttributeDefinition[]
): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const field of UNIT_TEXT_FIELDS) {
    const before = initial.fields[field].trim()
    const after = current.fields[field].trim()
    if (before !== after) body[field] = after || null
  }
  const attributes: Record<string, unknown> = {}
  for (const def of definitions) {
    const before = attributeValue(def, initial.attributes[def.key] ?? "")
    const after = attributeValue(def, current.attributes[def.key] ?? "")
    if (before !== after) attributes[def.key] = after
  }
  if (Object.keys(attributes).length) body.attributes = attributes
  return body
}

/**
 * Splits an API refusal into messages per attribute key (from its
 * `attribute "key" <problem>` parts: the problem, e.g. `is required`) and
 * the rest, so each shows under its field.
 */
export function attributeErrors(message: string): {
  byKey: Record<string, string>
  other: string[]
} {
  const byKey: Record<string, string> = {}
  const other: string[] = []
  const body = message.replace(/^Invalid values, nothing was written:\s*/, "")
  for (const part of body.split(/;\s*/).filter(Boolean)) {
    const match = /attribute "([^"]+)"(.*)$/.exec(part)
    if (match) byKey[match[1]] = match[2].trim()
    else other.push(part)
  }
  return { byKey, other }
}

/** The attributes to send for new units: every filled-in value, typed by its definition. */
export function filledAttributes(
  definitions: TemplateAttributeDefinition[],
  values: Record<string, AttributeFormValue>
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {}
  for (const def of definitions) {
    const value = attributeValue(def, values[def.key] ?? "")
    if (
      value !== null &&
      !(def.type === "boolean" && values[def.key] === undefined)
    ) {
      out[def.key] = value
    }
  }
  return out
}
