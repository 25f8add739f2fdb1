import { planPick, type PickPlanInput, type PickPlanUnit } from "../plan-pick"

const LOC = "sloc_a"
const unit = (serial: string, extra: Partial<PickPlanUnit> = {}) =>
  [
    serial.toLowerCase(),
    {
      id: `sn_${serial}`,
      serial,
      inventory_item_id: "iitem_phone",
      stock_location_id: LOC,
      status: "in_stock",
      allocation: null,
      ...extra,
    },
  ] as [string, PickPlanUnit]

const base = (over: Partial<PickPlanInput> = {}): PickPlanInput => ({
  order_id: "order_1",
  stock_location_id: LOC,
  lines: [
    {
      line_item_id: "li_1",
      inventory_item_id: "iitem_phone",
      quantity: 2,
      mode: "full",
    },
  ],
  units: new Map([
    unit("A", {
      status: "reserved",
      allocation: {
        id: "al_a",
        order_id: "order_1",
        line_item_id: "li_1",
        stage: "allocated",
        fulfillment_id: null,
      },
    }),
    unit("B"),
    unit("C", { stock_location_id: "sloc_b" }),
    unit("D", { status: "sold" }),
    unit("E", { inventory_item_id: "iitem_other" }),
    unit("F", {
      status: "reserved",
      allocation: {
        id: "al_f",
        order_id: "order_2",
        line_item_id: "li_9",
        stage: "allocated",
        fulfillment_id: null,
      },
    }),
    unit("G", {
      status: "reserved",
      allocation: {
        id: "al_g",
        order_id: "order_1",
        line_item_id: "li_1",
        stage: "picked",
        fulfillment_id: "ful_1",
      },
    }),
  ]),
  allocated: [
    {
      id: "al_a",
      serial_number_id: "sn_A",
      line_item_id: "li_1",
      inventory_item_id: "iitem_phone",
    },
  ],
  ...over,
})

describe("planPick", () => {
  it("keeps an allocated unit and swaps in a unit in stock", () => {
    const plan = planPick(base({ serials_by_line: { li_1: ["a", "B"] } }))
    expect(plan.problems).toEqual([])
    expect(plan.picks.map((p) => [p.serial, p.kind, p.allocation_id])).toEqual([
      ["A", "allocated", "al_a"],
      ["B", "swap", null],
    ])
  })

  it("names every bad serial and the count mismatch at once", () => {
    const plan = planPick(
      base({ serials_by_line: { li_1: ["C", "D", "E", "F", "G", "X", "c"] } })
    )
    expect(plan.problems).toEqual([
      "serial C is at location sloc_b, the fulfillment ships from sloc_a",
      "serial D is sold, only units in stock or allocated to this line can be picked",
      "serial E is a unit of inventory item iitem_other, not of line li_1's item",
      "serial F is allocated to order order_2",
      "serial G is already picked (fulfillment ful_1)",
      "serial X is not a known unit (line li_1's item is tracked in full: receive it first)",
      "serial c is listed more than once",
      "line li_1: 0 serial(s) of inventory item iitem_phone for 2 unit(s) fulfilled",
    ])
  })

  it("uses the allocated units without serials, and lists lines that have too few", () => {
    const one = base({
      lines: [
        {
          line_item_id: "li_1",
          inventory_item_id: "iitem_phone",
          quantity: 1,
          mode: "full",
        },
      ],
    })
    expect(planPick(one).picks.map((p) => p.allocation_id)).toEqual(["al_a"])
    expect(planPick(base()).lacking).toEqual([
      "li_1 (iitem_phone: needs 2, 1 allocated)",
    ])
  })

  it("captures unknown serials of an outbound item and requires serials for it", () => {
    const lines = [
      {
        line_item_id: "li_2",
        inventory_item_id: "iitem_tag",
        quantity: 1,
        mode: "outbound",
      },
    ]
    expect(planPick(base({ lines })).lacking).toEqual([
      "li_2 (iitem_tag: needs 1, 0 allocated)",
    ])
    const plan = planPick(base({ lines, serials_by_line: { li_2: ["NEW-1"] } }))
    expect(plan.picks).toEqual([
      expect.objectContaining({ kind: "capture", serial: "NEW-1" }),
    ])
  })

  it("refuses serials for lines not in the fulfillment or not tracked, and leaves untracked lines alone", () => {
    const lines = [
      {
        line_item_id: "li_3",
        inventory_item_id: "iitem_cable",
        quantity: 1,
        mode: null,
      },
    ]
    expect(planPick(base({ lines }))).toEqual({
      picks: [],
      problems: [],
      lacking: [],
    })
    expect(
      planPick(base({ lines, serials_by_line: { li_3: ["B"], li_4: ["B"] } }))
        .problems
    ).toEqual([
      "line li_3: its item is not serial-tracked, send no serials for it",
      "line li_4 is not in this fulfillment",
    ])
  })
})
