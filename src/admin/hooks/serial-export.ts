import { useMutation } from "@tanstack/react-query"
import type { AdminSerialNumberListParams } from "../../types/http"
import { sdk } from "../lib/sdk"

/** Saves a blob as a file through a temporary link. */
export function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** The file name the server gives the export (`serial-numbers-<date>.csv`). */
function filenameOf(response: Response): string {
  const header = response.headers.get("content-disposition") ?? ""
  return (
    /filename="([^"]+)"/.exec(header)?.[1] ??
    `serial-numbers-${new Date().toISOString().slice(0, 10)}.csv`
  )
}

/**
 * Downloads the units of the given list filters as CSV, streamed by the
 * server (`GET /admin/serial-numbers/export`, the list's own filters): the
 * format the import reads.
 */
export function useExportSerialNumbers() {
  return useMutation({
    mutationFn: async (query: AdminSerialNumberListParams) => {
      const { limit, offset, fields, order, ...filters } = query
      const response = await sdk.client.fetch<Response>(
        "/admin/serial-numbers/export",
        { query: filters, headers: { accept: "text/csv" } }
      )
      download(await response.blob(), filenameOf(response))
    },
  })
}
