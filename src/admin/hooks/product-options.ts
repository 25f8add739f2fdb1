import { useQuery } from "@tanstack/react-query"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** Products by title (`id`, `title`), the options of the serials list's product filter. */
export function useProductOptions() {
  return useQuery({
    queryKey: [...serialKeys.all, "product-options"],
    queryFn: () =>
      sdk.admin.product.list({
        fields: "id,title",
        limit: 200,
        order: "title",
      }),
    staleTime: 60_000,
  })
}
