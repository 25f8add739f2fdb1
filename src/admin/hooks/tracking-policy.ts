import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminSerialTrackingPolicyResponse } from "../../types/http"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** `GET /admin/serial-tracking-policies/:inventory_item_id` (defaults when unset). */
export function useTrackingPolicy(inventoryItemId: string | undefined) {
  return useQuery({
    queryKey: serialKeys.policy(inventoryItemId ?? ""),
    queryFn: () =>
      sdk.client.fetch<AdminSerialTrackingPolicyResponse>(
        `/admin/serial-tracking-policies/${inventoryItemId}`
      ),
    enabled: !!inventoryItemId,
  })
}

/** `POST /admin/serial-tracking-policies/:inventory_item_id`: set what is given, keep the rest. */
export function useSetTrackingPolicy(inventoryItemId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<AdminSerialTrackingPolicyResponse>(
        `/admin/serial-tracking-policies/${inventoryItemId}`,
        { method: "POST", body }
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({
          queryKey: serialKeys.policy(inventoryItemId),
        }),
        // Switching to or from `full` changes what the drift line reports.
        client.invalidateQueries({
          queryKey: serialKeys.stockDrift(inventoryItemId),
        }),
      ]),
  })
}
