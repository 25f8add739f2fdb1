import { useMutation } from "@tanstack/react-query"
import type {
  AdminSerialNumberListParams,
  AdminSerialNumberListResponse,
} from "../../types/http"
import { collectPages } from "../lib/collect-pages"
import { toCsv } from "../lib/csv"
import { sdk } from "../lib/sdk"
import {
  SERIAL_EXPORT_FIELDS,
  SERIAL_EXPORT_HEADER,
  serialExportRow,
} from "../lib/serial-export-rows"

/** The list API's largest page. */
const EXPORT_PAGE = 1000

/** Every unit the filters match, 1000 a request, as one CSV document. */
async function exportSerialNumbersCsv(query: AdminSerialNumberListParams) {
  const units = await collectPages(async (offset, limit) => {
    const page = await sdk.client.fetch<AdminSerialNumberListResponse>(
      "/admin/serial-numbers",
      {
        query: {
          ...query,
          fields: SERIAL_EXPORT_FIELDS,
          order: "serial",
          limit,
          offset,
        },
      }
    )
    return { items: page.serial_numbers, count: page.count }
  }, EXPORT_PAGE)
  return {
    csv: toCsv(SERIAL_EXPORT_HEADER, units.map(serialExportRow)),
    count: units.length,
  }
}

function download(csv: string, filename: string) {
  // The byte-order mark makes spreadsheet apps read the file as UTF-8.
  const blob = new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" })
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Downloads the units of the given list filters as `serial-numbers-<date>.csv`; resolves with the unit count. */
export function useExportSerialNumbers() {
  return useMutation({
    mutationFn: async (query: AdminSerialNumberListParams) => {
      const { csv, count } = await exportSerialNumbersCsv(query)
      const day = new Date().toISOString().slice(0, 10)
      download(csv, `serial-numbers-${day}.csv`)
      return count
    },
  })
}
