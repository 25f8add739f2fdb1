import { useQuery } from "@tanstack/react-query"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** The store's stock locations (id, name), for location pickers. */
export function useStockLocations() {
  return useQuery({
    queryKey: [...serialKeys.all, "stock-locations"],
    queryFn: () =>
      sdk.admin.stockLocation.list({ limit: 100, fields: "id,name" }),
    staleTime: 60_000,
  })
}
