import { useQuery } from "@tanstack/react-query"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** The admin users with these ids (one request), to name who caused timeline events. */
export function useAdminUsers(ids: string[]) {
  const unique = [...new Set(ids)].sort()
  return useQuery({
    queryKey: [...serialKeys.all, "users", unique],
    queryFn: () =>
      sdk.admin.user.list({
        id: unique,
        fields: "id,email,first_name,last_name",
        limit: unique.length,
      }),
    enabled: unique.length > 0,
    staleTime: 60_000,
  })
}
