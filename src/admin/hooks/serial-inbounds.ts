import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminSerialInboundConfirmResponse,
  AdminSerialInboundListResponse,
  AdminSerialInboundResponse,
  AdminSerialInboundScanDeleteResponse,
  AdminSerialInboundScanResponse,
} from "../../types/http"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

const inboundKeys = {
  all: () => [...serialKeys.all, "inbounds"] as const,
  open: (locationId: string) =>
    [...inboundKeys.all(), "open", locationId] as const,
  one: (id: string) => [...inboundKeys.all(), id] as const,
}

/** `GET /admin/serial-inbounds?status=open`: the manifests still to receive at a location. */
export function useOpenSerialInbounds(locationId: string) {
  return useQuery({
    queryKey: inboundKeys.open(locationId),
    queryFn: () =>
      sdk.client.fetch<AdminSerialInboundListResponse>(
        "/admin/serial-inbounds",
        { query: { status: "open", stock_location_id: locationId, limit: 50 } }
      ),
    enabled: !!locationId,
  })
}

/** `GET /admin/serial-inbounds/:id`: a manifest with its lines' live counts. */
export function useSerialInbound(id: string) {
  return useQuery({
    queryKey: inboundKeys.one(id),
    queryFn: () =>
      sdk.client.fetch<AdminSerialInboundResponse>(
        `/admin/serial-inbounds/${id}`
      ),
    enabled: !!id,
  })
}

/** `POST /admin/serial-inbounds/:id/scans`: each scan's outcome, in order, and the lines after. */
export function scanSerialInbound(id: string, serials: string[]) {
  return sdk.client.fetch<AdminSerialInboundScanResponse>(
    `/admin/serial-inbounds/${id}/scans`,
    { method: "POST", body: { serials } }
  )
}

/** `DELETE /admin/serial-inbounds/:id/scans/:scan_id`: takes a recorded scan back. */
export function useUndoInboundScan(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (scanId: string) =>
      sdk.client.fetch<AdminSerialInboundScanDeleteResponse>(
        `/admin/serial-inbounds/${id}/scans/${scanId}`,
        { method: "DELETE" }
      ),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: inboundKeys.one(id) }),
  })
}

/** `POST /admin/serial-inbounds/:id/confirm`: receives the scanned units; the manifest closes. */
export function useConfirmSerialInbound(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<AdminSerialInboundConfirmResponse>(
        `/admin/serial-inbounds/${id}/confirm`,
        { method: "POST" }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: serialKeys.all }),
  })
}

export { inboundKeys }
