import {
  DataTable,
  Heading,
  Text,
  clx,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  type DataTableSortingState,
} from "@medusajs/ui"
import { useId, useMemo, useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import type {
  AdminSerialNumber,
  AdminSerialNumberListParams,
} from "../../../types/http"
import type { SerialNumberStatus } from "../../../types/serial-number-status"
import { useSerialListFilters } from "../../hooks/serial-list-filters"
import { useSerialNumbers } from "../../hooks/serial-numbers"
import {
  SERIAL_PAGE_SIZE,
  emptyFilterKeys,
  filtersFromSearch,
  listQueryFromSearch,
  pageIndexFromSearch,
  searchWithFilters,
} from "../../lib/serial-list-query"
import { ExportSerialsButton } from "./export-serials-button"
import { ImportSerialsButton } from "./import-serials-button"
import { serialListColumns } from "./serial-list-columns"
import { SerialSearchBox, type SearchNote } from "./serial-search-box"
import { SerialStatusTabs } from "./serial-status-tabs"

const SORTABLE = ["serial", "received_at"]

/**
 * The serials list: status tabs with counts, search or scan, filters, a
 * server-side paged table (20 a page), CSV import and export. Everything it shows is
 * in the URL (`status`, `q`, each filter, `order`, `offset`), so links from
 * other pages open it filtered and the back button works.
 */
export const SerialListTable = () => {
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const key = searchParams.toString()
  // Filters added from the menu that have no value yet live here, not in the URL.
  const [pending, setPending] = useState<Record<string, unknown>>({})
  const [note, setNote] = useState<SearchNote | null>(null)
  const noteId = useId()

  const { query, filters, status, pageIndex, order } = useMemo(() => {
    const params = new URLSearchParams(key)
    const order = params.get("order")
    return {
      query: listQueryFromSearch(params),
      filters: filtersFromSearch(params),
      status: (params.get("status") as SerialNumberStatus | null) ?? null,
      pageIndex: pageIndexFromSearch(params),
      order: order && SORTABLE.includes(order.replace(/^-/, "")) ? order : null,
    }
  }, [key])

  const { data, isLoading, isError, error } = useSerialNumbers({
    ...query,
    ...(order ? { order: order as AdminSerialNumberListParams["order"] } : {}),
    limit: SERIAL_PAGE_SIZE,
    offset: pageIndex * SERIAL_PAGE_SIZE,
  })
  if (isError) throw error

  const units = useMemo(() => data?.serial_numbers ?? [], [data])
  const filterDefs = useSerialListFilters(filters, units)

  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(key)
    change(next)
    setSearchParams(next)
  }

  const filtering: DataTableFilteringState = useMemo(
    () => ({ ...filters, ...pending }),
    [filters, pending]
  )
  const onFilteringChange = (state: DataTableFilteringState) => {
    const empty = emptyFilterKeys(state)
    setPending(Object.fromEntries(empty.map((k) => [k, state[k]])))
    setSearchParams(searchWithFilters(new URLSearchParams(key), state))
  }

  const pagination: DataTablePaginationState = {
    pageIndex,
    pageSize: SERIAL_PAGE_SIZE,
  }
  const onPaginationChange = (state: DataTablePaginationState) =>
    update((next) => {
      if (state.pageIndex > 0)
        next.set("offset", String(state.pageIndex * SERIAL_PAGE_SIZE))
      else next.delete("offset")
    })

  const sorting: DataTableSortingState | null = order
    ? { id: order.replace(/^-/, ""), desc: order.startsWith("-") }
    : null
  const onSortingChange = (state: DataTableSortingState) =>
    update((next) => {
      next.set("order", `${state.desc ? "-" : ""}${state.id}`)
      next.delete("offset")
    })

  const setStatus = (next: SerialNumberStatus | null) =>
    update((params) => {
      if (next) params.set("status", next)
      else params.delete("status")
      params.delete("offset")
    })
  const setQ = (q: string | null) =>
    update((params) => {
      if (q) params.set("q", q)
      else params.delete("q")
      params.delete("offset")
    })

  const table = useDataTable({
    data: units,
    columns: serialListColumns,
    getRowId: (unit: AdminSerialNumber) => unit.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters: filterDefs,
    filtering: { state: filtering, onFilteringChange },
    pagination: { state: pagination, onPaginationChange },
    sorting: { state: sorting, onSortingChange },
    onRowClick: (_event, unit) => navigate(`/serials/${unit.id}`),
    autoResetPageIndex: false,
  })

  const narrowed = Object.keys(query).length > 0
  const emptyText = narrowed
    ? {
        heading: "No units match",
        description: "Change the status, search or filters to see more units.",
      }
    : {
        heading: "No serialized units yet",
        description:
          "Units appear here once they are received against an inventory item with serial tracking.",
      }

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-col items-stretch gap-y-4">
        <div className="flex items-start justify-between gap-x-4">
          <div>
            <Heading>Serial numbers</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Every serialized unit, where it is and what happened to it.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <ImportSerialsButton />
            <ExportSerialsButton query={query} />
          </div>
        </div>
        <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
          <SerialStatusTabs
            value={status}
            counts={data?.status_counts}
            onChange={setStatus}
          />
          <div className="flex items-center gap-x-2">
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.SortingMenu tooltip="Sort" />
            <SerialSearchBox
              q={query.q ?? ""}
              onSearch={setQ}
              onNote={setNote}
              noteId={note ? noteId : undefined}
            />
          </div>
        </div>
        {note && (
          <Text
            id={noteId}
            size="small"
            role="status"
            className={clx(
              "-mt-2 md:text-right",
              note.tone === "error" ? "text-ui-fg-error" : "text-ui-fg-subtle"
            )}
          >
            {note.text}
          </Text>
        )}
      </DataTable.Toolbar>
      <DataTable.Table emptyState={{ empty: emptyText, filtered: emptyText }} />
      <DataTable.Pagination />
    </DataTable>
  )
}
