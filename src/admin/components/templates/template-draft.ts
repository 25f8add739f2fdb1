import type { AdminSerialTemplate } from "../../../types/http"
import type {
  TemplateAttributeDefinition,
  TemplateAttributeType,
} from "../../../types/template-attribute"

/** One attribute definition while it is being edited (`uid` keys the row in React). */
export interface AttributeDraft {
  uid: string
  key: string
  /** False while the key still follows the label (new rows only). */
  keyEdited: boolean
  label: string
  type: TemplateAttributeType
  required: boolean
  /** Kept when the type changes away from `select`, sent only for `select`. */
  options: string[]
  unit: string
}

/** The template form's state: every field as the inputs hold it. */
export interface TemplateDraft {
  name: string
  description: string
  /** The number input's text; empty means no default warranty. */
  warrantyMonths: string
  grades: { uid: string; value: string }[]
  attributes: AttributeDraft[]
}

let counter = 0
/** A stable React key for a row created in this session. */
export const nextUid = () => `row_${++counter}`

export const newAttributeDraft = (): AttributeDraft => ({
  uid: nextUid(),
  key: "",
  keyEdited: false,
  label: "",
  type: "text",
  required: false,
  options: [],
  unit: "",
})

export const emptyTemplateDraft = (): TemplateDraft => ({
  name: "",
  description: "",
  warrantyMonths: "",
  grades: [],
  attributes: [],
})

const attributeDraft = (def: TemplateAttributeDefinition): AttributeDraft => ({
  uid: nextUid(),
  key: def.key,
  keyEdited: true,
  label: def.label ?? "",
  type: def.type,
  required: !!def.required,
  options: def.options ?? [],
  unit: def.unit ?? "",
})

/** The form state of a stored template. */
export const templateDraft = (t: AdminSerialTemplate): TemplateDraft => ({
  name: t.name,
  description: t.description ?? "",
  warrantyMonths: t.warranty_months == null ? "" : String(t.warranty_months),
  grades: (t.condition_grades ?? []).map((value) => ({
    uid: nextUid(),
    value,
  })),
  attributes: (t.attributes ?? []).map(attributeDraft),
})

/** A label as a snake_case key (`Screen size` -> `screen_size`), the API's key rule. */
export const keyFromLabel = (label: string) =>
  label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+/, "")
    .replace(/_+$/, "")
    .slice(0, 64)

const attributeBody = (a: AttributeDraft): TemplateAttributeDefinition => ({
  key: a.key.trim(),
  type: a.type,
  required: a.required,
  ...(a.label.trim() ? { label: a.label.trim() } : {}),
  ...(a.type === "select" ? { options: a.options } : {}),
  ...(a.unit.trim() ? { unit: a.unit.trim() } : {}),
})

/**
 * The request body for `POST /admin/serial-templates(/:id)`. Rows are sent one
 * for one (blank ones too), so the API's `attributes, N` and `attribute N+1`
 * in its messages point at the row the user sees; the API judges them.
 */
export function templateBody(draft: TemplateDraft): Record<string, unknown> {
  const months = draft.warrantyMonths.trim()
  return {
    name: draft.name,
    description: draft.description.trim() || null,
    warranty_months: months === "" ? null : Number(months),
    condition_grades: draft.grades.length
      ? draft.grades.map((g) => g.value.trim())
      : null,
    attributes: draft.attributes.map(attributeBody),
  }
}
