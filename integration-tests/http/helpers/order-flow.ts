import type { MedusaContainer } from "@medusajs/framework/types"
import { sql } from "./fixtures"
import type { SellingStore } from "./selling-store"
import { eventually, orderAllocations } from "./storefront"

/** Admin calls and database reads for order-flow tests (checkout, fulfill, ship, return). */
export function orderFlow(
  api: any,
  getContainer: () => MedusaContainer,
  store: () => SellingStore
) {
  const admin = (method: string, url: string, data?: unknown) =>
    api.request({
      method,
      url,
      data,
      ...store().adminHeaders,
      validateStatus: () => true,
    })

  /** A placed order (storefront checkout) once its tracked lines hold `expectAllocated` units. */
  const placeOrder = async (
    items: { variant_id: string; quantity: number }[],
    expectAllocated: number
  ) => {
    const s = store()
    const { order, body } = await s.kit.checkout(s.store, items)
    if (!order) throw new Error(`checkout refused: ${JSON.stringify(body)}`)
    await eventually(
      () => orderAllocations(getContainer(), order.id),
      (rows) => rows.length >= expectAllocated
    )
    const line = (variantId: string) =>
      order.items.find((i: any) => i.variant_id === variantId).id as string
    return { orderId: order.id as string, line }
  }

  const fulfill = (
    orderId: string,
    items: { id: string; quantity: number }[],
    serials?: Record<string, string[]>
  ) =>
    admin("POST", `/admin/orders/${orderId}/fulfillments`, {
      items,
      ...(serials ? { additional_data: { serial_numbers: serials } } : {}),
    })

  const fulfillmentIds = async (orderId: string) =>
    (
      await sql(
        getContainer(),
        `select fulfillment_id from order_fulfillment where order_id = ? and deleted_at is null order by created_at`,
        [orderId]
      )
    ).map((r) => r.fulfillment_id as string)

  /** Fulfills (with the lines' allocated units) and ships every item given. */
  const fulfillAndShip = async (
    orderId: string,
    items: { id: string; quantity: number }[]
  ) => {
    const res = await fulfill(orderId, items)
    if (res.status !== 200) throw new Error(JSON.stringify(res.data))
    const ids = await fulfillmentIds(orderId)
    const shipped = await admin(
      "POST",
      `/admin/orders/${orderId}/fulfillments/${ids.at(-1)}/shipments`,
      { items }
    )
    if (shipped.status !== 200) throw new Error(JSON.stringify(shipped.data))
    return ids.at(-1)!
  }

  const events = (serial: string) =>
    sql(
      getContainer(),
      `select e.type, e.from_status, e.to_status, e.order_id, e.line_item_id,
              e.fulfillment_id, e.return_id, e.note
       from serial_event e join serial_number sn on sn.id = e.serial_number_id
       where sn.serial = ? order by e.created_at, e.id`,
      [serial]
    )

  /** Everything a refused request must leave as it was. */
  const snapshot = async (orderId: string) => ({
    fulfillments: await fulfillmentIds(orderId),
    allocations: await orderAllocations(getContainer(), orderId),
    units: await sql(
      getContainer(),
      `select serial, status, stock_location_id from serial_number order by serial`
    ),
    events: await sql(
      getContainer(),
      `select count(*)::int n from serial_event`
    ),
    reservations: await sql(
      getContainer(),
      `select line_item_id, quantity from reservation_item where deleted_at is null order by line_item_id`
    ),
    levels: await sql(
      getContainer(),
      `select inventory_item_id, stocked_quantity, reserved_quantity from inventory_level
       where deleted_at is null order by inventory_item_id`
    ),
  })

  return {
    admin,
    placeOrder,
    fulfill,
    fulfillmentIds,
    fulfillAndShip,
    events,
    snapshot,
  }
}
