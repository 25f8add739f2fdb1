/**
 * The API's refusal of a template write, sorted by where the form shows it:
 * `byPath` under a field (`name`, `warranty_months`, `condition_grades.1`,
 * `attributes.0.key`, `attributes.2` for a whole row), `form` in the box at
 * the top for everything that names no field.
 */
export interface TemplateErrors {
  form: string[]
  byPath: Record<string, string[]>
}

export const NO_ERRORS: TemplateErrors = { form: [], byPath: {} }

const TOP_FIELDS = [
  "name",
  "description",
  "warranty_months",
  "condition_grades",
] as const

// The request validator's lines: "<where>: <what>", where is fields and rows
// ("attributes row 2, key", "condition_grades row 3", "name"); rows count from 1.
const REQUEST_LINE = /^([a-z_]+(?: row \d+)?(?:, [a-z_]+(?: row \d+)?)*): (.+)$/
// The module's definition checks: "<template>: attribute 2 ("color"): key is used twice".
const DEFINITION = /attribute (\d+) \(".*?"\): (.+)$/

/** `attributes row 2, key` as a form path (`attributes.1.key`), null if no field of the form. */
function requestPath(where: string): string | null {
  const [head, field] = where.split(", ")
  const [name, row] = head.split(" row ")
  const index = row === undefined ? undefined : Number(row) - 1
  if (name === "attributes" && index !== undefined) {
    const sub = field?.split(" row ")[0]
    return sub ? `attributes.${index}.${sub}` : `attributes.${index}`
  }
  if (name === "condition_grades" && index !== undefined) {
    return `condition_grades.${index}`
  }
  return (TOP_FIELDS as readonly string[]).includes(name) && !field
    ? name
    : null
}

// The module's field checks, after the template's name: "Phones: warranty_months must be ...".
const FIELD_PHRASES = [
  ["name must be", "name"],
  ["warranty_months must be", "warranty_months"],
  ["condition_grades must be", "condition_grades"],
] as const

function definitionField(problem: string): string | null {
  if (problem.startsWith("key ")) return "key"
  if (/option/.test(problem)) return "options"
  if (problem.startsWith("unknown type")) return "type"
  return null
}

/** Where one `; `-separated problem belongs, and the text to show there. */
function place(part: string): { path: string | null; text: string } {
  const def = DEFINITION.exec(part)
  if (def) {
    const row = `attributes.${Number(def[1]) - 1}`
    const field = definitionField(def[2])
    return { path: field ? `${row}.${field}` : row, text: def[2] }
  }
  const line = REQUEST_LINE.exec(part)
  const path = line && requestPath(line[1])
  if (line && path) return { path, text: line[2] }
  if (part.startsWith("Template name already used")) {
    return { path: "name", text: part }
  }
  for (const [phrase, field] of FIELD_PHRASES) {
    const at = part.indexOf(phrase)
    if (at >= 0) return { path: field, text: part.slice(at) }
  }
  return { path: null, text: part }
}

/**
 * Sorts an API error message (`Invalid request, nothing was written: ...; ...`
 * from the request validator, `Invalid template: ...; ...` from the module).
 */
export function parseTemplateErrors(message: string): TemplateErrors {
  const prefix = /^Invalid (request|template)[^:]*: /.exec(message)
  const parts = prefix ? message.slice(prefix[0].length).split("; ") : [message]
  const errors: TemplateErrors = { form: [], byPath: {} }
  for (const part of parts) {
    const { path, text } = place(part.trim())
    if (path) (errors.byPath[path] ??= []).push(text)
    else errors.form.push(prefix ? `${prefix[0]}${text}` : text)
  }
  return errors
}

/** The messages for one path, joined for a hint under the field. */
export const errorAt = (errors: TemplateErrors, path: string) =>
  errors.byPath[path]?.join("; ")

/** Whether anything at or under a path was refused (to outline a row). */
export const hasErrorUnder = (errors: TemplateErrors, path: string) =>
  Object.keys(errors.byPath).some((p) => p === path || p.startsWith(`${path}.`))

/**
 * Re-keys row paths from the position sent (`attributes.2.key`) to the row's
 * `uid` (`attributes.row_7.key`), so a message stays on its row when rows are
 * moved or removed before the next save.
 */
export function keyRowsByUid(
  errors: TemplateErrors,
  rows: Record<"attributes" | "condition_grades", { uid: string }[]>
): TemplateErrors {
  const byPath: Record<string, string[]> = {}
  for (const [path, messages] of Object.entries(errors.byPath)) {
    const m = /^(attributes|condition_grades)\.(\d+)(.*)$/.exec(path)
    const uid = m && rows[m[1] as keyof typeof rows][Number(m[2])]?.uid
    const key = m && uid ? `${m[1]}.${uid}${m[3]}` : path
    ;(byPath[key] ??= []).push(...messages)
  }
  return { form: errors.form, byPath }
}
