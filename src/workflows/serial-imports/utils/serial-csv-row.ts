import { toUtcInstant } from "../../../modules/serial-inventory/utils/dates"
import {
  SERIAL_CSV_DATE_COLUMNS,
  SERIAL_CSV_TEXT_COLUMNS,
  serialCsvAttributeKey,
} from "../../../types/serial-csv"
import type { SerialImportRowError } from "../../../types/serial-import"
import type { CreateSerialNumberInput } from "../../../types/serial-number-inputs"
import {
  type SerialAttributeValue,
  type TemplateAttributeDefinition,
  TemplateAttributeType,
} from "../../../types/template-attribute"
import type { SerialCsvRecord } from "./read-serial-csv"
import type { SerialImportLookups } from "./serial-import-lookups"

/** A CSV row turned into a unit to receive, and what was wrong with its cells. */
export interface SerialCsvRowResult {
  input: CreateSerialNumberInput | null
  /** The column that named the item (`inventory_item_id` or `sku`). */
  itemColumn: string
  problems: SerialImportRowError[]
}

const TRUE = /^(true|yes|y|1)$/i
const FALSE = /^(false|no|n|0)$/i

/** A cell as its attribute's type wants it, or the reason it cannot be. */
function attributeValue(
  def: TemplateAttributeDefinition | undefined,
  cell: string
): { value: SerialAttributeValue } | { problem: string } {
  const text = cell.trim()
  switch (def?.type) {
    case TemplateAttributeType.NUMBER: {
      const n = Number(text)
      return Number.isFinite(n)
        ? { value: n }
        : { problem: `must be a number (got ${JSON.stringify(cell)})` }
    }
    case TemplateAttributeType.BOOLEAN:
      return TRUE.test(text)
        ? { value: true }
        : FALSE.test(text)
          ? { value: false }
          : {
              problem: `must be true or false (got ${JSON.stringify(cell)})`,
            }
    case TemplateAttributeType.DATE:
      return toUtcInstant(text)
        ? { value: text }
        : {
            problem: `must be an ISO 8601 date such as 2026-03-01 (got ${JSON.stringify(cell)})`,
          }
    case TemplateAttributeType.SELECT:
      return (def.options ?? []).includes(text)
        ? { value: text }
        : {
            problem: `must be one of ${(def.options ?? []).join(", ")} (got ${JSON.stringify(cell)})`,
          }
    default:
      // Text, or a key the item's template lacks (the module names it).
      return { value: cell }
  }
}

/** The item a row names by `inventory_item_id` and/or `sku`, or why none. */
function resolveItem(
  cells: Record<string, string>,
  lookups: SerialImportLookups
): { id: string | null; column: string; problem?: string } {
  const id = cells.inventory_item_id?.trim()
  const sku = cells.sku?.trim()
  if (id && !lookups.hasItem(id)) {
    return {
      id: null,
      column: "inventory_item_id",
      problem: `inventory item ${id} not found`,
    }
  }
  if (sku) {
    const bySku = lookups.itemBySku(sku)
    if (!bySku && !id) {
      return {
        id: null,
        column: "sku",
        problem: `no inventory item has SKU "${sku}"`,
      }
    }
    if (id && lookups.skuOf(id) !== sku) {
      return {
        id: null,
        column: "sku",
        problem: `SKU "${sku}" is not the SKU of inventory item ${id}`,
      }
    }
    return { id: id ?? bySku!, column: id ? "inventory_item_id" : "sku" }
  }
  return id
    ? { id, column: "inventory_item_id" }
    : {
        id: null,
        column: "sku",
        problem: "needs an inventory_item_id or a sku",
      }
}

/** The location a row names by `stock_location_id` and/or `location` (its name), or why none. */
function resolveLocation(
  cells: Record<string, string>,
  lookups: SerialImportLookups
): { id: string | null; problem?: string } {
  const id = cells.stock_location_id?.trim()
  const name = cells.location?.trim()
  if (id && !lookups.hasLocation(id)) {
    return { id: null, problem: `stock location ${id} not found` }
  }
  if (!name) {
    return { id: id ?? null }
  }
  const named = lookups.locationsNamed(name)
  if (id) {
    return named.some((l) => l.id === id)
      ? { id }
      : { id: null, problem: `location "${name}" is not stock location ${id}` }
  }
  if (named.length === 1) {
    return { id: named[0].id }
  }
  return {
    id: null,
    problem: named.length
      ? `${named.length} stock locations are named "${name}": give stock_location_id instead`
      : `no stock location is named "${name}"`,
  }
}

/**
 * Turns one CSV row into a unit to receive, checking what the CSV alone can
 * tell: the item and location exist, dates are dates, and each `attr:<key>`
 * cell has its attribute's type (number, boolean, date, select option) in
 * the item's template. Serial rules, duplicates, tracking and required
 * attributes are the module's check (`checkSerialNumbersForReceipt`).
 */
export function serialCsvRowToInput(
  record: SerialCsvRecord,
  lookups: SerialImportLookups
): SerialCsvRowResult {
  const { row, cells } = record
  const problems: SerialImportRowError[] = []
  const report = (column: string | undefined, message: string) =>
    problems.push({ row, ...(column && { column }), message })
  if (record.problem) report(undefined, record.problem)
  if (cells.status !== undefined && cells.status.trim() !== "in_stock") {
    report(
      "status",
      `imported units are received in_stock: leave status empty (got ${JSON.stringify(cells.status)})`
    )
  }
  if (!cells.serial) report("serial", "serial is required")
  const item = resolveItem(cells, lookups)
  if (item.problem) report(item.column, item.problem)
  const location = resolveLocation(cells, lookups)
  if (location.problem) {
    report(
      cells.stock_location_id ? "stock_location_id" : "location",
      location.problem
    )
  }
  const input: Record<string, unknown> = {
    serial: cells.serial ?? "",
    inventory_item_id: item.id ?? "",
    stock_location_id: location.id,
  }
  for (const column of SERIAL_CSV_TEXT_COLUMNS) {
    if (cells[column] !== undefined) input[column] = cells[column]
  }
  for (const column of SERIAL_CSV_DATE_COLUMNS) {
    const value = cells[column]?.trim()
    if (value === undefined) continue
    if (toUtcInstant(value)) input[column] = value
    else
      report(
        column,
        `must be an ISO 8601 date such as 2026-03-01 (got ${JSON.stringify(value)})`
      )
  }
  const defs = item.id ? lookups.attributesOfItem(item.id) : null
  const attributes: Record<string, SerialAttributeValue> = {}
  for (const [column, cell] of Object.entries(cells)) {
    const key = serialCsvAttributeKey(column)
    if (key === null) continue
    const result = attributeValue(
      defs?.find((d) => d.key === key),
      cell
    )
    if ("problem" in result) report(column, `${key} ${result.problem}`)
    else attributes[key] = result.value
  }
  if (Object.keys(attributes).length) input.attributes = attributes
  return {
    input: item.id ? (input as unknown as CreateSerialNumberInput) : null,
    itemColumn: item.column,
    problems,
  }
}
