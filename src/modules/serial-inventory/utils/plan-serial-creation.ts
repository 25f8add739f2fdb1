import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { CreateSerialNumberInput } from "../../../types/serial-number-inputs"
import type { TemplateAttributeDefinition } from "../../../types/template-attribute"
import { serialError } from "./errors"
import { SERIAL_NUMBER_COLUMNS } from "../sql/serial-number-columns"
import { normalizeDateFields } from "./dates"
import { fieldsWithNul } from "./nul-characters"
import { newEntityId } from "./entity-id"
import { cleanSerial, normalizeSerial, serialProblem } from "./normalize-serial"
import { attributeProblems } from "./attribute-problems"

export interface PolicyLike {
  inventory_item_id: string
  mode: string
  template_id?: string | null
}

export interface TemplateLike {
  id: string
  attributes?: TemplateAttributeDefinition[] | null
}

export interface CreationContext {
  /** `checkSerials(input)`, computed once by the caller. */
  checks: SerialCheck[]
  policies: Map<string, PolicyLike>
  templates: Map<string, TemplateLike>
  /** normalized serial -> the live unit that has it */
  existing: Map<string, { id: string; serial: string }>
}

/** The fields a new unit may be given: every column but those the module sets. */
const CREATE_FIELDS = new Set<string>(
  Object.keys(SERIAL_NUMBER_COLUMNS).filter(
    (c) => !["id", "normalized_serial", "status"].includes(c)
  )
)

export interface RowProblem {
  row: number
  serial: unknown
  message: string
  code: SerialErrorCode
}

/** Per row: the normalized key, or the reason the serial is unacceptable. */
export type SerialCheck =
  { key: string; problem: null } | { key: null; problem: string }

/** Checks and normalizes each serial of a batch once (the look-up and the plan share it). */
export function checkSerials(rows: CreateSerialNumberInput[]): SerialCheck[] {
  return rows.map((r) => {
    const problem = serialProblem(r.serial)
    return problem
      ? { key: null, problem }
      : { key: normalizeSerial(r.serial), problem: null }
  })
}

/**
 * Checks a whole batch and builds its rows. Every bad row is reported, with
 * its 1-based position, so one error can name them all.
 */
export function planSerialCreation(
  input: CreateSerialNumberInput[],
  ctx: CreationContext
): { rows: Record<string, unknown>[]; problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const firstSeen = new Map<string, number>()
  const rows = input.map((item, i) => {
    const row = i + 1
    const report = (message: string, code: SerialErrorCode) =>
      problems.push({ row, serial: item.serial, message, code })
    const unknown = Object.keys(item).filter((k) => !CREATE_FIELDS.has(k))
    if (unknown.length) {
      report(
        `unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => JSON.stringify(k)).join(", ")}`,
        SerialErrorCode.UNKNOWN_FIELD
      )
    }
    const withNul = fieldsWithNul(
      item as unknown as Record<string, unknown>
    ).filter((f) => f !== "serial")
    if (withNul.length) {
      report(
        `${withNul.join(", ")} must not contain NUL characters`,
        SerialErrorCode.INVALID_TEXT
      )
    }
    const { key, problem } = ctx.checks[i]
    if (problem !== null) {
      report(`serial ${problem}`, SerialErrorCode.INVALID_SERIAL)
      return null
    }
    if (firstSeen.has(key)) {
      report(
        `duplicates row ${firstSeen.get(key)} in this batch`,
        SerialErrorCode.DUPLICATE
      )
    } else {
      firstSeen.set(key, row)
    }
    if (ctx.existing.has(key)) {
      report(
        `already exists as ${JSON.stringify(ctx.existing.get(key)!.serial)} (${ctx.existing.get(key)!.id})`,
        SerialErrorCode.DUPLICATE
      )
    }
    const policy = ctx.policies.get(item.inventory_item_id)
    if (!policy || policy.mode === "none") {
      report(
        `serial tracking is off for inventory item ${item.inventory_item_id}` +
          (policy ? "" : " (no tracking policy set)"),
        SerialErrorCode.TRACKING_DISABLED
      )
    }
    const templateId = item.template_id ?? policy?.template_id ?? null
    const template = templateId ? ctx.templates.get(templateId) : undefined
    if (templateId && !template) {
      report(
        `template ${templateId} does not exist`,
        SerialErrorCode.TEMPLATE_NOT_FOUND
      )
    } else {
      for (const message of attributeProblems(
        template ? (template.attributes ?? []) : null,
        item.attributes
      )) {
        report(message, SerialErrorCode.INVALID_ATTRIBUTES)
      }
    }
    const serialNumber: Record<string, unknown> = {
      ...item,
      id: newEntityId("sn"),
      serial: cleanSerial(item.serial),
      normalized_serial: key,
      status: "in_stock",
      template_id: templateId,
      attributes: item.attributes ?? null,
      received_at: item.received_at ?? new Date().toISOString(),
    }
    for (const field of normalizeDateFields(serialNumber)) {
      report(
        `${field} is not a valid date (${JSON.stringify(serialNumber[field])})`,
        SerialErrorCode.INVALID_DATE
      )
    }
    return serialNumber
  })
  return { rows: rows.filter(Boolean) as Record<string, unknown>[], problems }
}

/** Error types for codes whose HTTP status is not 400. */
const ERROR_TYPE_BY_CODE: Partial<Record<SerialErrorCode, string>> = {
  [SerialErrorCode.DUPLICATE]: MedusaError.Types.DUPLICATE_ERROR,
  [SerialErrorCode.TEMPLATE_NOT_FOUND]: MedusaError.Types.NOT_FOUND,
}

/**
 * One error naming every bad row. Its code is the problems' common code
 * (`serial_number_batch_invalid` when they differ); its type follows the code
 * as everywhere else in the plugin: DUPLICATE_ERROR (422) for duplicates,
 * NOT_FOUND (404) for unknown templates, INVALID_DATA (400) otherwise.
 */
export function creationError(
  problems: RowProblem[],
  total: number
): MedusaError {
  const codes = new Set(problems.map((p) => p.code))
  const code = codes.size === 1 ? [...codes][0] : SerialErrorCode.BATCH_INVALID
  const lines = problems.map(
    (p) => `row ${p.row} (${JSON.stringify(p.serial)}): ${p.message}`
  )
  const rows = new Set(problems.map((p) => p.row)).size
  return serialError(
    ERROR_TYPE_BY_CODE[code] ?? MedusaError.Types.INVALID_DATA,
    code,
    `${rows} of ${total} serial numbers refused, nothing was written: ${lines.join("; ")}`
  )
}
