import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import type {
  AdminSerialNumberCreateResponse,
  AdminSerialNumberListParams,
  AdminSerialNumberListResponse,
  AdminSerialNumberResponse,
} from "../../types/http"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { actionPath } from "../lib/serial-labels"

/** `GET /admin/serial-numbers` with list filters; keeps the previous page while the next loads. */
export function useSerialNumbers(
  query: AdminSerialNumberListParams,
  options: { enabled?: boolean } = {}
) {
  return useQuery({
    queryKey: serialKeys.unitList(query as Record<string, unknown>),
    queryFn: () =>
      sdk.client.fetch<AdminSerialNumberListResponse>("/admin/serial-numbers", {
        query,
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })
}

/** `GET /admin/serial-numbers/:id`: the unit with its allowed actions and timeline. */
export function useSerialNumber(id: string) {
  return useQuery({
    queryKey: serialKeys.unit(id),
    queryFn: () =>
      sdk.client.fetch<AdminSerialNumberResponse>(
        `/admin/serial-numbers/${id}`
      ),
    // A unit that does not exist will not appear on a retry.
    retry: (failures, error) =>
      (error as { status?: number }).status !== 404 && failures < 3,
  })
}

/** `GET /admin/serial-numbers/lookup?serial=`: an exact (normalized) serial; rejects with 404 when none. */
export function lookupSerialNumber(serial: string) {
  return sdk.client.fetch<AdminSerialNumberResponse>(
    "/admin/serial-numbers/lookup",
    { query: { serial } }
  )
}

export interface NewSerialNumber {
  serial: string
  inventory_item_id: string
  stock_location_id?: string
  [field: string]: unknown
}

/** `POST /admin/serial-numbers`: receive units, all or nothing. */
export function useCreateSerialNumbers() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (serial_numbers: NewSerialNumber[]) =>
      sdk.client.fetch<AdminSerialNumberCreateResponse>(
        "/admin/serial-numbers",
        { method: "POST", body: { serial_numbers } }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: serialKeys.units() }),
  })
}

/** `POST /admin/serial-numbers/:id`: change a unit's non-status fields. */
export function useUpdateSerialNumber(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<AdminSerialNumberResponse>(
        `/admin/serial-numbers/${id}`,
        { method: "POST", body }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: serialKeys.units() }),
  })
}

/** `POST /admin/serial-numbers/:id/<action>`: one status transition. */
export function useTransitionSerialNumber(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ action, note }: { action: string; note?: string }) =>
      sdk.client.fetch<AdminSerialNumberResponse>(
        `/admin/serial-numbers/${id}/${actionPath(action)}`,
        { method: "POST", body: note ? { note } : {} }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: serialKeys.all }),
  })
}
