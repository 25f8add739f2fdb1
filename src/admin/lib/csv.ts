/** A value a CSV cell can hold; null and undefined become an empty cell. */
export type CsvValue = string | number | boolean | Date | null | undefined

/**
 * One CSV field as RFC 4180 has it: quoted when it holds a comma, a quote, a
 * line break or leading/trailing spaces, with quotes doubled. A field that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is
 * prefixed with `'` (OWASP's advice against CSV injection), since serials,
 * lots and notes are typed by people.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return ""
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`
  }
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole CSV document: a header line and one line per row, CRLF-separated. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows]
    .map((row) => row.map(csvField).join(","))
    .join("\r\n")
    .concat("\r\n")
}
