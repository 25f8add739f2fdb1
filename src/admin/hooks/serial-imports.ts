import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminSerialImport,
  AdminSerialImportResponse,
} from "../../types/http"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** Whether an import is over (nothing more will change). */
export const importFinished = (i?: AdminSerialImport | null) =>
  i?.status === "completed" || i?.status === "failed"

/**
 * Starts a background import of a CSV file (`POST /admin/serial-imports`,
 * the file as the body). `idempotencyKey` is sent as `Idempotency-Key`:
 * give the same key when retrying the same file (a lost response), and
 * the server answers with the first import instead of starting another.
 */
export function useStartSerialImport() {
  return useMutation({
    mutationFn: ({
      file,
      idempotencyKey,
    }: {
      file: File
      idempotencyKey: string
    }) =>
      sdk.client.fetch<AdminSerialImportResponse>("/admin/serial-imports", {
        method: "POST",
        body: file,
        query: { filename: file.name },
        headers: {
          "content-type": "text/csv",
          "idempotency-key": idempotencyKey,
        },
      }),
  })
}

/**
 * An import's status and progress (`GET /admin/serial-imports/:id`), read
 * every second until it is over; then the units lists are refreshed.
 */
export function useSerialImport(id: string | null) {
  const client = useQueryClient()
  return useQuery({
    queryKey: serialKeys.import(id ?? ""),
    enabled: !!id,
    queryFn: async () => {
      const { serial_import } =
        await sdk.client.fetch<AdminSerialImportResponse>(
          `/admin/serial-imports/${encodeURIComponent(id!)}`
        )
      if (importFinished(serial_import)) {
        await client.invalidateQueries({ queryKey: serialKeys.units() })
      }
      return serial_import
    },
    refetchInterval: (query) =>
      importFinished(query.state.data) ? false : 1000,
  })
}
