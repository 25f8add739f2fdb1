import { toUtcInstant } from "./dates"
import {
  TemplateAttributeDefinition,
  TemplateAttributeType,
} from "../../../types/template-attribute"

function typeProblem(
  def: TemplateAttributeDefinition,
  value: unknown
): string | null {
  switch (def.type) {
    case TemplateAttributeType.TEXT:
      return typeof value === "string" ? null : "must be text"
    case TemplateAttributeType.NUMBER:
      return typeof value === "number" && Number.isFinite(value)
        ? null
        : "must be a number"
    case TemplateAttributeType.BOOLEAN:
      return typeof value === "boolean" ? null : "must be true or false"
    case TemplateAttributeType.DATE:
      // The same parser as the date columns: real calendar dates only.
      return toUtcInstant(value) !== null
        ? null
        : "must be a real ISO 8601 date (YYYY-MM-DD, or a date-time with Z or an offset)"
    case TemplateAttributeType.SELECT:
      return typeof value === "string" && (def.options ?? []).includes(value)
        ? null
        : `must be one of ${(def.options ?? []).join(", ")}`
    default:
      return `has an unknown type "${(def as { type: string }).type}"`
  }
}

/**
 * Checks attribute values against a template's definitions: unknown keys,
 * missing required values, wrong types and select values outside the options.
 * Returns one message per problem (empty when the values are valid). Without a
 * template (`definitions` null) any attribute is an unknown key.
 */
export function attributeProblems(
  definitions: TemplateAttributeDefinition[] | null | undefined,
  values: Record<string, unknown> | null | undefined
): string[] {
  const defs = definitions ?? []
  const given = values ?? {}
  const byKey = new Map(defs.map((d) => [d.key, d]))
  const problems: string[] = []
  for (const key of Object.keys(given)) {
    if (!byKey.has(key)) {
      problems.push(
        definitions
          ? `unknown attribute "${key}"`
          : `unknown attribute "${key}" (no template applies)`
      )
    }
  }
  for (const def of defs) {
    const value = given[def.key]
    // An empty string is "no value" for text; for other types it is a wrong value.
    const missing =
      value === undefined ||
      value === null ||
      (value === "" && def.type === TemplateAttributeType.TEXT)
    if (missing) {
      if (def.required) {
        problems.push(`attribute "${def.key}" is required`)
      }
      continue
    }
    const problem = typeProblem(def, value)
    if (problem) {
      problems.push(
        `attribute "${def.key}" ${problem} (got ${JSON.stringify(value)})`
      )
    }
  }
  return problems
}
