import { traceOrders } from "../helpers/trace-orders"

const allocation = (over: Record<string, unknown>) =>
  ({
    id: "salloc_1",
    serial_number_id: "sn_1",
    inventory_item_id: "iitem_1",
    order_id: "order_1",
    line_item_id: "ordli_1",
    fulfillment_id: null,
    return_id: null,
    stock_location_id: null,
    stage: "shipped",
    allocated_at: "2026-01-01T00:00:00Z",
    picked_at: null,
    shipped_at: "2026-01-02T00:00:00Z",
    delivered_at: null,
    returned_at: null,
    released_at: null,
    ...over,
  }) as any

const event = (id: string, type: string, over: Record<string, unknown> = {}) =>
  ({ id, type, return_id: null, order_id: null, ...over }) as any

describe("a unit's trace orders", () => {
  const orders = new Map([
    [
      "order_1",
      {
        display_id: 1,
        customer_id: "cus_1",
        email: "a@example.com",
        items: new Map([["ordli_1", "Phone"]]),
      },
    ],
  ])

  it("names each return's disposition and marks later sales as resales", () => {
    const rows = traceOrders(
      [
        allocation({ stage: "returned", return_id: "ret_1" }),
        allocation({
          id: "salloc_2",
          order_id: "order_2",
          line_item_id: "ordli_2",
          allocated_at: "2026-02-01T00:00:00Z",
          shipped_at: "2026-02-02T00:00:00Z",
          stage: "returned",
          return_id: "ret_2",
        }),
        allocation({
          id: "salloc_3",
          order_id: "order_3",
          shipped_at: null,
          stage: "released",
        }),
      ],
      [
        event("e1", "received"),
        event("e2", "returned", { return_id: "ret_1" }),
        event("e3", "restocked", { return_id: "ret_1" }),
        event("e4", "allocated"),
        event("e5", "returned", { return_id: "ret_2" }),
        event("e6", "marked_defective"),
      ],
      orders
    )
    expect(
      rows.map((r) => [
        r.order_id,
        r.email,
        r.line_item_title,
        r.disposition,
        r.resale,
      ])
    ).toEqual([
      ["order_1", "a@example.com", "Phone", "restock", false],
      ["order_2", null, null, "defective", true],
      ["order_3", null, null, null, false],
    ])
  })

  it("leaves a return undecided until a restock or defective follows it", () => {
    const [row] = traceOrders(
      [allocation({ stage: "returned", return_id: "ret_1" })],
      [event("e1", "returned", { return_id: "ret_1" }), event("e2", "note")],
      orders
    )
    expect(row.disposition).toBeNull()
  })
})
