/** What the Traceability page can search by: one unit, or a set of units. */
export const TRACE_SEARCH_KINDS = [
  { value: "serial", label: "Serial", placeholder: "Scan or type a serial" },
  { value: "lot", label: "Lot", placeholder: "Lot, e.g. L-2026-01" },
  {
    value: "supplier_reference",
    label: "Supplier reference",
    placeholder: "Supplier reference",
  },
  {
    value: "receipt_reference",
    label: "Receipt reference",
    placeholder: "Receipt reference or manifest id",
  },
  {
    value: "attribute",
    label: "Attribute value",
    placeholder: "key:value, e.g. firmware:1.2",
  },
] as const

export type TraceSearchKind = (typeof TRACE_SEARCH_KINDS)[number]["value"]

/** Orders a page of the set view shows. */
export const TRACE_PAGE_SIZE = 20

/** What the page's URL asks for. */
export type TraceSearch =
  | { mode: "none" }
  | { mode: "unit"; unitId: string }
  | { mode: "serial"; serial: string }
  | {
      mode: "set"
      kind: Exclude<TraceSearchKind, "serial">
      value: string
      offset: number
    }

/** Reads `?unit=`, or `?by=&q=` (and `offset`) from the page's URL. */
export function readTraceSearch(params: URLSearchParams): TraceSearch {
  const unitId = params.get("unit")?.trim()
  if (unitId) {
    return { mode: "unit", unitId }
  }
  const value = params.get("q")?.trim() ?? ""
  const kind = TRACE_SEARCH_KINDS.find((k) => k.value === params.get("by"))
  if (!value || !kind) {
    return { mode: "none" }
  }
  if (kind.value === "serial") {
    return { mode: "serial", serial: value }
  }
  const offset = Math.max(0, Math.floor(Number(params.get("offset")) || 0))
  return { mode: "set", kind: kind.value, value, offset }
}
