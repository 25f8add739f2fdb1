import type { MedusaContainer } from "@medusajs/framework/types"
import { createStorefrontKit } from "../../../scripts/lib/storefront-checkout"
import { sql } from "./fixtures"

type Api = {
  request: (config: Record<string, unknown>) => Promise<{
    status: number
    data: any
  }>
}

/** The storefront kit (scripts/lib/storefront-checkout.js) bound to the test runner's HTTP client. */
export function storefrontKit(
  api: Api,
  adminHeaders: { headers: Record<string, string> }
) {
  return createStorefrontKit({
    request: async (
      method: string,
      url: string,
      data: unknown,
      headers: Record<string, string>
    ) => {
      const res = await api.request({
        method,
        url,
        data,
        headers,
        validateStatus: () => true,
      })
      return { status: res.status, body: res.data }
    },
    adminHeaders: adminHeaders.headers,
  })
}

/** Polls `read` until `done` holds (subscribers run after the response); resolves the last read. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { tries = 100, everyMs = 100 } = {}
): Promise<T> {
  let value = await read()
  for (let i = 0; i < tries && !done(value); i++) {
    await new Promise((r) => setTimeout(r, everyMs))
    value = await read()
  }
  return value
}

/** An order's allocations with their units, by serial. */
export function orderAllocations(container: MedusaContainer, orderId: string) {
  return sql(
    container,
    `select sn.serial, sn.status, a.stage, a.line_item_id, a.fulfillment_id,
            a.return_id, a.stock_location_id
     from serial_allocation a join serial_number sn on sn.id = a.serial_number_id
     where a.order_id = ? order by sn.serial`,
    [orderId]
  )
}
