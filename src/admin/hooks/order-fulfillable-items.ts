import { useQuery } from "@tanstack/react-query"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** Each line of an order with how many units are still to fulfill. */
export function useOrderFulfillableItems(orderId: string, enabled = true) {
  return useQuery({
    queryKey: [...serialKeys.order(orderId), "fulfillable"],
    queryFn: async () => {
      const { order } = await sdk.client.fetch<{ order: any }>(
        `/admin/orders/${orderId}`,
        {
          query: {
            fields:
              "id,items.id,items.quantity,items.detail.quantity,items.detail.fulfilled_quantity",
          },
        }
      )
      return new Map<string, number>(
        (order.items ?? []).map((item: any) => [
          item.id as string,
          Number(item.detail?.quantity ?? item.quantity ?? 0) -
            Number(item.detail?.fulfilled_quantity ?? 0),
        ])
      )
    },
    enabled,
  })
}
