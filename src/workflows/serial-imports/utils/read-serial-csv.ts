import { parse } from "csv-parse"
import type { Readable } from "stream"

/** One data row of a serials CSV: its spreadsheet row number (the header is row 1) and its cells by column. */
export interface SerialCsvRecord {
  row: number
  cells: Record<string, string>
  /** Set when the row's cell count differs from the header's. */
  problem?: string
}

/** The CSV reader's settings: a UTF-8 byte-order mark is dropped, blank lines skipped. */
const parser = () =>
  parse({ bom: true, skip_empty_lines: true, relax_column_count: true })

/** Undoes an export's guard against spreadsheet formulas (a `'` before `=`, `+`, `-`, `@`, tab, CR). */
const unescapeFormula = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, "")

/** The header row of a serials CSV, its column names trimmed (empty for an empty file). */
export async function readSerialCsvHeader(stream: Readable): Promise<string[]> {
  const records = stream.pipe(parser())
  try {
    for await (const record of records) {
      return (record as string[]).map((c) => c.trim())
    }
    return []
  } finally {
    stream.destroy()
    records.destroy()
  }
}

/**
 * Streams the data rows of a serials CSV in chunks of `chunkSize`, never
 * holding more than one chunk: the first record is the header, each later
 * record becomes a `SerialCsvRecord` (empty cells are left out).
 */
export async function* readSerialCsvChunks(
  stream: Readable,
  chunkSize: number
): AsyncGenerator<SerialCsvRecord[]> {
  let header: string[] | null = null
  let chunk: SerialCsvRecord[] = []
  let row = 1
  for await (const record of stream.pipe(parser())) {
    const values = record as string[]
    if (!header) {
      header = values.map((c) => c.trim())
      continue
    }
    row += 1
    const cells: Record<string, string> = {}
    header.forEach((column, i) => {
      const value = values[i] === undefined ? "" : unescapeFormula(values[i])
      if (value.trim() !== "") {
        cells[column] = value
      }
    })
    chunk.push({
      row,
      cells,
      ...(values.length !== header.length && {
        problem: `has ${values.length} cells, the header has ${header.length}`,
      }),
    })
    if (chunk.length >= chunkSize) {
      yield chunk
      chunk = []
    }
  }
  if (chunk.length) {
    yield chunk
  }
}
