import type { AdminSerialNumberListParams } from "../../types/http"
import {
  SERIAL_NUMBER_STATUSES,
  type SerialNumberStatus,
} from "../../types/serial-number-status"
import type { WarrantyStatus } from "../../types/warranty"

/** Units per page of the serials list. */
export const SERIAL_PAGE_SIZE = 20

/**
 * Filters the serials page keeps in its URL, one search param each, named as
 * the list API names them, so a link such as
 * `/serials?inventory_item_id=iitem_1` or `?product_id=prod_1,prod_2` opens
 * the list filtered. List filters hold comma-separated ids.
 */
export const LIST_FILTERS = [
  "product_id",
  "stock_location_id",
  "template_id",
  "inventory_item_id",
  "variant_id",
] as const
export const TEXT_FILTERS = ["lot", "order_id", "line_item_id"] as const
export const WARRANTY_FILTER = "warranty"

export type ListFilterKey = (typeof LIST_FILTERS)[number]
export type TextFilterKey = (typeof TEXT_FILTERS)[number]
export type FilterKey = ListFilterKey | TextFilterKey | typeof WARRANTY_FILTER

export const FILTER_KEYS: FilterKey[] = [
  ...LIST_FILTERS,
  ...TEXT_FILTERS,
  WARRANTY_FILTER,
]

/** Filter values as the DataTable holds them: id lists, text, or the warranty state. */
export type SerialFilterState = Partial<
  Record<ListFilterKey, string[]> &
    Record<TextFilterKey, string> &
    Record<typeof WARRANTY_FILTER, WarrantyStatus>
>

const WARRANTY_VALUES: WarrantyStatus[] = ["active", "expired", "none"]

const splitIds = (raw: string | null) =>
  (raw ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean)

/** The filters in a URL (unknown or empty values are ignored). */
export function filtersFromSearch(params: URLSearchParams): SerialFilterState {
  const state: SerialFilterState = {}
  for (const key of LIST_FILTERS) {
    const ids = splitIds(params.get(key))
    if (ids.length) state[key] = ids
  }
  for (const key of TEXT_FILTERS) {
    const value = params.get(key)?.trim()
    if (value) state[key] = value
  }
  const warranty = params.get(WARRANTY_FILTER) as WarrantyStatus | null
  if (warranty && WARRANTY_VALUES.includes(warranty)) {
    state.warranty = warranty
  }
  return state
}

/** The status tab in a URL, or null for "All". */
export function statusFromSearch(
  params: URLSearchParams
): SerialNumberStatus | null {
  const status = params.get("status") as SerialNumberStatus | null
  return status && SERIAL_NUMBER_STATUSES.includes(status) ? status : null
}

/** The list API query for a URL's status, search and filters, without paging. */
export function listQueryFromSearch(
  params: URLSearchParams
): AdminSerialNumberListParams {
  const query: AdminSerialNumberListParams = {}
  const filters = filtersFromSearch(params)
  for (const key of LIST_FILTERS) {
    if (filters[key]) query[key] = filters[key].join(",")
  }
  for (const key of TEXT_FILTERS) {
    if (filters[key]) query[key] = filters[key]
  }
  if (filters.warranty) query.warranty = filters.warranty
  const status = statusFromSearch(params)
  if (status) query.status = status
  const q = params.get("q")?.trim()
  if (q) query.q = q
  return query
}

/** The page (0-based) a URL's `offset` points at. */
export function pageIndexFromSearch(params: URLSearchParams): number {
  const offset = Number(params.get("offset"))
  return Number.isInteger(offset) && offset > 0
    ? Math.floor(offset / SERIAL_PAGE_SIZE)
    : 0
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === "" ||
  (Array.isArray(value) && value.length === 0)

/**
 * Writes filter values into a copy of the URL's params (empty values removed)
 * and goes back to the first page; status and search stay as they are.
 */
export function searchWithFilters(
  params: URLSearchParams,
  filters: Record<string, unknown>
): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const key of FILTER_KEYS) {
    const value = filters[key]
    if (isEmpty(value)) next.delete(key)
    else next.set(key, Array.isArray(value) ? value.join(",") : String(value))
  }
  next.delete("offset")
  return next
}

/** Which filter keys hold an empty value (a filter just added, not yet chosen). */
export function emptyFilterKeys(filters: Record<string, unknown>): string[] {
  return Object.keys(filters).filter((key) => isEmpty(filters[key]))
}
