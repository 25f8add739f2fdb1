import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminReconcileSerialStockBody,
  AdminSerialStockDriftResponse,
  AdminSerialStockReconcileResponse,
} from "../../types/http"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/**
 * `GET /admin/serial-inventory/stock-drift?all=true` for one item: every
 * location of a `full` item with Medusa's level and the unit count (nothing
 * for other items).
 */
export function useStockDrift(inventoryItemId: string) {
  return useQuery({
    queryKey: serialKeys.stockDrift(inventoryItemId),
    queryFn: () =>
      sdk.client.fetch<AdminSerialStockDriftResponse>(
        "/admin/serial-inventory/stock-drift",
        { query: { inventory_item_id: inventoryItemId, all: "true" } }
      ),
  })
}

/** `POST /admin/serial-inventory/stock-drift/reconcile`. */
export function useReconcileStock() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminReconcileSerialStockBody) =>
      sdk.client.fetch<AdminSerialStockReconcileResponse>(
        "/admin/serial-inventory/stock-drift/reconcile",
        { method: "POST", body }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: serialKeys.units() }),
  })
}

/** The body of `POST /admin/serial-receipts` that serializes stock Medusa already counts. */
export interface SerializeExistingBody {
  inventory_item_id: string
  stock_location_id: string
  serials?: string[]
  generate?: { count: number }
  serialize_existing: true
}

/**
 * `POST /admin/serial-receipts` with `serialize_existing: true`: receives
 * units for stock Medusa already has, without raising it (the route refuses
 * more units than the unserialized stock).
 */
export function useSerializeExisting() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: SerializeExistingBody) =>
      sdk.client.fetch<unknown>("/admin/serial-receipts", {
        method: "POST",
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: serialKeys.units() }),
  })
}
