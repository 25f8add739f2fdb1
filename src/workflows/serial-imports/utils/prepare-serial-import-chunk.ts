import {
  normalizeSerial,
  serialProblem,
  type RowProblem,
} from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialImportRowError } from "../../../types/serial-import"
import type { CreateSerialNumberInput } from "../../../types/serial-number-inputs"
import type { SerialCsvRecord } from "./read-serial-csv"
import { serialCsvRowToInput } from "./serial-csv-row"
import type { SerialImportLookups } from "./serial-import-lookups"

/** A chunk of CSV rows as units to receive, and the problems the CSV alone shows. */
export interface PreparedSerialImportChunk {
  rows: { row: number; input: CreateSerialNumberInput; itemColumn: string }[]
  problems: SerialImportRowError[]
}

/**
 * Converts a chunk of rows (see `serialCsvRowToInput`) and flags serials the
 * file already had on an earlier row: `seen` maps each normalized serial to
 * its first row and lives across the chunks of one pass. A row repeating a
 * serial is not passed on (the module would count it twice).
 */
export async function prepareSerialImportChunk(
  records: SerialCsvRecord[],
  lookups: SerialImportLookups,
  seen: Map<string, number>
): Promise<PreparedSerialImportChunk> {
  await lookups.load(records)
  const prepared: PreparedSerialImportChunk = { rows: [], problems: [] }
  for (const record of records) {
    const { input, itemColumn, problems } = serialCsvRowToInput(record, lookups)
    prepared.problems.push(...problems)
    if (!input) continue
    if (serialProblem(input.serial) === null) {
      const key = normalizeSerial(input.serial)
      const first = seen.get(key)
      if (first !== undefined) {
        prepared.problems.push({
          row: record.row,
          column: "serial",
          message: `serial ${JSON.stringify(input.serial)} is already on row ${first} of this file`,
        })
        continue
      }
      seen.set(key, record.row)
    }
    prepared.rows.push({ row: record.row, input, itemColumn })
  }
  return prepared
}

/** The CSV column a module problem is about, read from its code and message. */
function problemColumn(
  problem: RowProblem,
  itemColumn: string
): string | undefined {
  switch (problem.code) {
    case SerialErrorCode.INVALID_SERIAL:
    case SerialErrorCode.DUPLICATE:
      return "serial"
    case SerialErrorCode.TRACKING_DISABLED:
    case SerialErrorCode.TEMPLATE_NOT_FOUND:
      return itemColumn
    case SerialErrorCode.INVALID_ATTRIBUTES: {
      const key = /attribute "([^"]+)"/.exec(problem.message)?.[1]
      return key === undefined ? undefined : `attr:${key}`
    }
    case SerialErrorCode.INVALID_DATE:
      return /^(\w+) is not a valid date/.exec(problem.message)?.[1]
    default:
      return undefined
  }
}

/**
 * The module's problems with a prepared chunk (1-based positions in
 * `rows`) as import errors on file rows and columns, leaving out a cell the
 * CSV check already refused (its value was not passed on).
 */
export function moduleProblemsToRowErrors(
  prepared: PreparedSerialImportChunk,
  problems: RowProblem[]
): SerialImportRowError[] {
  const refused = new Set(prepared.problems.map((p) => `${p.row}:${p.column}`))
  return problems.flatMap((problem) => {
    const { row, itemColumn } = prepared.rows[problem.row - 1]
    const column = problemColumn(problem, itemColumn)
    if (refused.has(`${row}:${column}`)) return []
    return [{ row, ...(column && { column }), message: problem.message }]
  })
}
