import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminOrderSerialNumbersResponse } from "../../types/http"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** `GET /admin/orders/:id/serial-numbers`: per line, its units and what it lacks. */
export function useOrderSerialNumbers(orderId: string) {
  return useQuery({
    queryKey: serialKeys.order(orderId),
    queryFn: () =>
      sdk.client.fetch<AdminOrderSerialNumbersResponse>(
        `/admin/orders/${orderId}/serial-numbers`
      ),
  })
}

export interface FulfillWithSerialsInput {
  location_id: string
  items: { id: string; quantity: number }[]
  /** Line item id -> the serials picked for it. */
  serial_numbers: Record<string, string[]>
}

/** Medusa's own `POST /admin/orders/:id/fulfillments`, with the picked serials in `additional_data`. */
export function useFulfillWithSerials(orderId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({
      location_id,
      items,
      serial_numbers,
    }: FulfillWithSerialsInput) =>
      sdk.client.fetch(`/admin/orders/${orderId}/fulfillments`, {
        method: "POST",
        body: {
          location_id,
          items,
          additional_data: { serial_numbers },
        },
      }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: serialKeys.all })
      // The dashboard's own order queries, so its fulfillment section shows the new one.
      client.invalidateQueries({ queryKey: ["orders"] })
    },
  })
}

export interface ReturnSerialInput {
  serial: string
  disposition?: "restock" | "defective"
  note?: string
}

/** `POST /admin/returns/:id/serial-numbers`: record the units a return brought back. */
export function useRecordReturnSerials(orderId: string, returnId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (serials: ReturnSerialInput[]) =>
      sdk.client.fetch(`/admin/returns/${returnId}/serial-numbers`, {
        method: "POST",
        body: { serials },
      }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: serialKeys.order(orderId) })
      client.invalidateQueries({ queryKey: serialKeys.units() })
    },
  })
}
