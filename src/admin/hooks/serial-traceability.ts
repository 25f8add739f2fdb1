import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type {
  AdminSerialTraceabilityParams,
  AdminSerialTraceabilityResponse,
  AdminSerialTraceResponse,
} from "../../types/http"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** `GET /admin/serial-numbers/:id/trace`: one unit's whole chain (disabled without an id). */
export function useSerialTrace(unitId: string | null) {
  return useQuery({
    queryKey: serialKeys.trace(unitId ?? ""),
    queryFn: () =>
      sdk.client.fetch<AdminSerialTraceResponse>(
        `/admin/serial-numbers/${unitId}/trace`
      ),
    enabled: !!unitId,
    retry: (failures, error) =>
      (error as { status?: number }).status !== 404 && failures < 3,
  })
}

/** `GET /admin/serial-traceability`: the units of a set and who received them (disabled without a selector). */
export function useSerialTraceability(
  query: AdminSerialTraceabilityParams | null
) {
  return useQuery({
    queryKey: serialKeys.traceability((query ?? {}) as Record<string, unknown>),
    queryFn: () =>
      sdk.client.fetch<AdminSerialTraceabilityResponse>(
        "/admin/serial-traceability",
        { query: query as Record<string, unknown> }
      ),
    enabled: !!query,
    placeholderData: keepPreviousData,
    retry: false,
  })
}
