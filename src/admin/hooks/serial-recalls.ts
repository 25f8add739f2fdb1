import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  SerialRecallCustomerRow,
  SerialRecallDTO,
  SerialRecallPreview,
} from "../../types/serial-recall"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { download } from "./serial-export"

/** The selector fields the create form sends (`serials_text` is a pasted list or CSV). */
export interface RecallSelectorBody {
  serial_range?: string
  lot?: string
  supplier_reference?: string
  receipt_reference?: string
  attribute?: { key: string; value: string }
  received_from?: string
  received_to?: string
  serials_text?: string
  inventory_item_ids?: string[]
}

export interface RecallPreviewResponse {
  preview: SerialRecallPreview
  customers: SerialRecallCustomerRow[]
  recall?: SerialRecallDTO
}

/** `GET /admin/serial-recalls`: campaigns, newest first. */
export function useSerialRecalls(query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: serialKeys.recallList(query),
    queryFn: () =>
      sdk.client.fetch<{ recalls: SerialRecallDTO[]; count: number }>(
        "/admin/serial-recalls",
        { query }
      ),
  })
}

/** `GET /admin/serial-recalls/:id/preview`: the campaign with its live figures and first customers. */
export function useSerialRecall(id: string) {
  return useQuery({
    queryKey: serialKeys.recall(id),
    queryFn: () =>
      sdk.client.fetch<RecallPreviewResponse & { recall: SerialRecallDTO }>(
        `/admin/serial-recalls/${id}/preview`
      ),
  })
}

/** `POST /admin/serial-recalls/preview`: what a selector covers, writing nothing. */
export function usePreviewRecall() {
  return useMutation({
    mutationFn: (selector: RecallSelectorBody) =>
      sdk.client.fetch<RecallPreviewResponse>("/admin/serial-recalls/preview", {
        method: "POST",
        body: { selector },
      }),
  })
}

/** `POST /admin/serial-recalls`: a draft campaign. */
export function useCreateRecall() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: {
      name: string
      reason?: string
      selector: RecallSelectorBody
    }) =>
      sdk.client.fetch<{ recall: SerialRecallDTO }>("/admin/serial-recalls", {
        method: "POST",
        body,
      }),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: serialKeys.recalls() }),
  })
}

/** `POST /admin/serial-recalls/:id/apply` or `/close`: refreshes recalls, units and orders. */
function useRecallAction<B>(path: (id: string) => string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body?: B }) =>
      sdk.client.fetch<{ recall: SerialRecallDTO }>(path(id), {
        method: "POST",
        body: (body ?? {}) as any,
      }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: serialKeys.recalls() })
      client.invalidateQueries({ queryKey: serialKeys.units() })
      client.invalidateQueries({ queryKey: serialKeys.orders() })
    },
  })
}

export const useApplyRecall = () =>
  useRecallAction<undefined>((id) => `/admin/serial-recalls/${id}/apply`)

export const useCloseRecall = () =>
  useRecallAction<{ disposition: "release" | "defective"; note?: string }>(
    (id) => `/admin/serial-recalls/${id}/close`
  )

/** `GET /admin/serial-recalls/:id/customers`: one page of the customers reached. */
export function useRecallCustomers(
  id: string,
  query: { limit: number; offset: number }
) {
  return useQuery({
    queryKey: serialKeys.recallCustomers(id, query),
    queryFn: () =>
      sdk.client.fetch<{ customers: SerialRecallCustomerRow[]; count: number }>(
        `/admin/serial-recalls/${id}/customers`,
        { query }
      ),
  })
}

/** Downloads every customer of a campaign as CSV (`?format=csv`, streamed by the server). */
export function useDownloadRecallCustomers() {
  return useMutation({
    mutationFn: async (id: string) => {
      const response = await sdk.client.fetch<Response>(
        `/admin/serial-recalls/${id}/customers`,
        { query: { format: "csv" }, headers: { accept: "text/csv" } }
      )
      download(await response.blob(), `recall-${id}-customers.csv`)
    },
  })
}
