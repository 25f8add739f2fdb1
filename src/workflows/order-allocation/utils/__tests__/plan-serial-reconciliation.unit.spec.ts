import {
  planSerialReconciliation,
  PlanSerialReconciliationInput,
} from "../plan-serial-reconciliation"
import { reasonForOrderChange } from "../reason-for-order-change"
import { toQuantity } from "../to-quantity"

const phone = [{ inventory_item_id: "iitem_1", required_quantity: 1 }]
const line = (id: string, quantity: number, fulfilled = 0) => ({
  id,
  quantity,
  fulfilled_quantity: fulfilled,
  inventory_items: phone,
})
const reservation = (
  line_item_id: string,
  quantity: number,
  location_id = "sloc_1"
) => ({
  line_item_id,
  inventory_item_id: "iitem_1",
  location_id,
  quantity,
})
const allocations = (line_item_id: string, stages: string[]) =>
  stages.map((stage) => ({ line_item_id, inventory_item_id: "iitem_1", stage }))

const plan = (over: Partial<PlanSerialReconciliationInput>) =>
  planSerialReconciliation({
    order_id: "order_1",
    reason: "order edit",
    order: { canceled: false, lines: [] },
    reservations: [],
    allocations: [],
    ...over,
  })

describe("planSerialReconciliation", () => {
  it("keeps nothing on a line that is gone or at quantity 0, and holds its picked units", () => {
    const result = plan({
      order: { canceled: false, lines: [line("ordli_2", 0)] },
      allocations: [
        ...allocations("ordli_1", ["allocated", "allocated", "picked"]),
        ...allocations("ordli_2", ["allocated"]),
      ],
    })
    expect(result.targets).toEqual([
      {
        line_item_id: "ordli_1",
        inventory_item_id: "iitem_1",
        keep: 0,
        note: "order edit: line removed",
      },
      {
        line_item_id: "ordli_2",
        inventory_item_id: "iitem_1",
        keep: 0,
        note: "order edit: line removed",
      },
    ])
    expect(result.held).toEqual([
      { line_item_id: "ordli_1", inventory_item_id: "iitem_1", picked: 1 },
    ])
    expect(result.top_ups).toEqual([])
  })

  it("keeps the reservation's quantity on a lowered line and tops up to it", () => {
    const result = plan({
      order: { canceled: false, lines: [line("ordli_1", 1)] },
      reservations: [reservation("ordli_1", 1)],
      allocations: allocations("ordli_1", [
        "allocated",
        "allocated",
        "allocated",
      ]),
    })
    expect(result.targets).toEqual([
      expect.objectContaining({
        keep: 1,
        note: "order edit: quantity lowered",
      }),
    ])
    expect(result.top_ups).toEqual([
      {
        order_id: "order_1",
        line_item_id: "ordli_1",
        inventory_item_id: "iitem_1",
        stock_location_id: "sloc_1",
        quantity: 1,
      },
    ])
  })

  it("counts open fulfilled units into the top-up and keeps units fulfilled without serials", () => {
    // 4 ordered, 2 fulfilled: one picked through the plugin, one not recorded.
    const result = plan({
      order: { canceled: false, lines: [line("ordli_1", 4, 2)] },
      reservations: [
        reservation("ordli_1", 1),
        reservation("ordli_1", 1, "sloc_2"),
      ],
      allocations: allocations("ordli_1", ["picked", "allocated", "allocated"]),
    })
    expect(result.targets[0].keep).toBe(3)
    expect(
      result.top_ups.map((t) => [t.stock_location_id, t.quantity])
    ).toEqual([
      ["sloc_1", 3],
      ["sloc_2", 4],
    ])
  })

  it("falls back to line quantity minus fulfilled, per kit unit, without a reservation", () => {
    const result = plan({
      order: {
        canceled: false,
        lines: [
          {
            ...line("ordli_1", 2, 1),
            inventory_items: [
              { inventory_item_id: "iitem_1", required_quantity: 2 },
            ],
          },
        ],
      },
      allocations: allocations("ordli_1", [
        "shipped",
        "shipped",
        "allocated",
        "allocated",
        "allocated",
      ]),
    })
    expect(result.targets[0].keep).toBe(2)
    expect(result.top_ups).toEqual([])
  })

  it("plans nothing for a canceled or missing order", () => {
    const rows = allocations("ordli_1", ["allocated"])
    expect(
      plan({ order: { canceled: true, lines: [] }, allocations: rows })
    ).toEqual({
      targets: [],
      top_ups: [],
      held: [],
    })
    expect(plan({ order: null, allocations: rows }).targets).toEqual([])
  })
})

describe("reasonForOrderChange", () => {
  it.each([
    [{ change_type: "edit" }, "order edit"],
    [{ change_type: "claim", claim_id: "claim_1" }, "claim"],
    [{ change_type: "exchange", exchange_id: "exch_1" }, "exchange"],
    [{ change_type: null, claim_id: "claim_1" }, "claim canceled"],
    [{ exchange_id: "exch_1" }, "exchange canceled"],
    [{ change_type: "return_request" }, "order changed"],
    [undefined, "order changed"],
  ])("%j is %s", (change, reason) => {
    expect(reasonForOrderChange(change as any)).toBe(reason)
  })
})

describe("toQuantity", () => {
  it.each([
    [3, 3],
    ["2", 2],
    [{ numeric: 4 }, 4],
    [{ value: "5" }, 5],
    [null, 0],
    ["x", 0],
  ])("%j is %d", (value, n) => {
    expect(toQuantity(value)).toBe(n)
  })
})
