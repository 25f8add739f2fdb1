import { parse } from "csv-parse/sync"
import type { SerialRecallSelector } from "../../../../types/serial-recall"
import { serialsFromCsv } from "../../../utils/serials-from-csv"
import { requestError } from "../../../utils/validate-request"
import type { AdminSerialRecallSelectorType } from "../validators"

/**
 * The serials of a pasted list: a CSV with a `serial` header column, or
 * any list of serials one a line or a cell (comma, semicolon or tab
 * separated), read with `csv-parse`.
 */
export function serialsFromPastedText(pasted: string): string[] {
  // Pasted text mixes line endings; csv-parse takes the first one it meets for all.
  const text = pasted.replace(/\r\n?/g, "\n")
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ""
  if (/(^|[,;\t])\s*"?serial"?\s*([,;\t]|$)/i.test(firstLine)) {
    const read = serialsFromCsv(text)
    if ("problems" in read) {
      throw requestError(
        `Invalid serial list, nothing was written: ${read.problems.join("; ")}`
      )
    }
    return read.serials
  }
  const delimiter = [",", ";", "\t"].filter((d) => firstLine.includes(d))
  let records: string[][]
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      delimiter: delimiter.length ? delimiter : ",",
    }) as string[][]
  } catch (e) {
    throw requestError(
      `Invalid serial list, nothing was written: not readable as CSV: ${(e as Error).message}`
    )
  }
  return records
    .flat()
    .map((s) => s.trim())
    .filter(Boolean)
}

/** The module's selector from a request's: a pasted list joins the explicit one. */
export function selectorFromBody(
  body: AdminSerialRecallSelectorType
): SerialRecallSelector {
  const { serials_text, ...selector } = body
  const pasted = serials_text ? serialsFromPastedText(serials_text) : []
  const serials = [...(selector.serials ?? []), ...pasted]
  const out: SerialRecallSelector = {}
  for (const [key, value] of Object.entries(selector)) {
    if (value !== null && value !== undefined && value !== "") {
      ;(out as any)[key] = value
    }
  }
  if (serials.length) {
    out.serials = [...new Set(serials)]
  } else {
    delete out.serials
  }
  return out
}
