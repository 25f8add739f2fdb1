import { useQuery } from "@tanstack/react-query"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** The store's stock locations (`id`, `name`), for filters and location names in the timeline. */
export function useStockLocations() {
  return useQuery({
    queryKey: [...serialKeys.all, "stock-locations"],
    queryFn: () =>
      sdk.admin.stockLocation.list({
        fields: "id,name",
        limit: 200,
        order: "name",
      }),
    staleTime: 60_000,
  })
}
