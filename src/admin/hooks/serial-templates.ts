import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminSerialTemplateListResponse,
  AdminSerialTemplateResponse,
} from "../../types/http"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** `GET /admin/serial-templates` (`q`, `limit`, `offset`). */
export function useSerialTemplates(
  query: { q?: string; limit?: number; offset?: number } = {}
) {
  return useQuery({
    queryKey: [...serialKeys.templates(), "list", query],
    queryFn: () =>
      sdk.client.fetch<AdminSerialTemplateListResponse>(
        "/admin/serial-templates",
        { query: { limit: 100, ...query } }
      ),
  })
}

/** `GET /admin/serial-templates/:id`. */
export function useSerialTemplate(id: string | null | undefined) {
  return useQuery({
    queryKey: serialKeys.template(id ?? ""),
    queryFn: () =>
      sdk.client.fetch<AdminSerialTemplateResponse>(
        `/admin/serial-templates/${id}`
      ),
    enabled: !!id,
  })
}

/** `POST /admin/serial-templates` (create) or `POST /admin/serial-templates/:id` (update). */
export function useSaveSerialTemplate(id?: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<AdminSerialTemplateResponse>(
        id ? `/admin/serial-templates/${id}` : "/admin/serial-templates",
        { method: "POST", body }
      ),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: serialKeys.templates() }),
  })
}

/** `DELETE /admin/serial-templates/:id` (refused while in use, naming who uses it). */
export function useDeleteSerialTemplate() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch(`/admin/serial-templates/${id}`, { method: "DELETE" }),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: serialKeys.templates() }),
  })
}
