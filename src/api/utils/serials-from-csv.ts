import { parse } from "csv-parse/sync"

/**
 * The serials of a CSV text: a header row naming a `serial` column (any
 * case; other columns are ignored), then one serial a row. Returns the
 * serials, or every problem named by row (row 1 is the header).
 */
export function serialsFromCsv(
  text: string
): { serials: string[] } | { problems: string[] } {
  let records: string[][]
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][]
  } catch (e) {
    return { problems: [`not readable as CSV: ${(e as Error).message}`] }
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase())
  const column = header.indexOf("serial")
  if (column < 0) {
    return {
      problems: [
        `the header row has no "serial" column (found: ${header.join(", ") || "nothing"})`,
      ],
    }
  }
  const problems: string[] = []
  const serials = records.slice(1).map((record, i) => {
    const serial = record[column]?.trim() ?? ""
    if (!serial) {
      problems.push(`row ${i + 2}: the serial is empty`)
    }
    return serial
  })
  if (!serials.length) {
    problems.push("no serials after the header row")
  }
  return problems.length ? { problems } : { serials }
}
