import { SERIAL_NUMBER_ACTIONS } from "../../../../types/serial-number-status"
import { countsAsStock, stockAdjustmentsFor } from "../counts-as-stock"
import { TRANSITIONS } from "../transitions"

const unit = (over: Record<string, unknown>) => ({
  inventory_item_id: "iitem_1",
  stock_location_id: "sloc_1",
  tracking_mode: "full",
  from_status: "in_stock" as any,
  to_status: "sold" as any,
  ...over,
})

describe("countsAsStock", () => {
  it.each([
    ["in_stock", null, true],
    ["reserved", null, true],
    ["reserved", "allocated", true],
    ["reserved", "picked", false],
    ["reserved", "shipped", false],
    ["sold", null, false],
    ["sold", "shipped", false],
    ["sold", "delivered", false],
    ["returned", null, false],
    ["defective", null, false],
    ["recalled", null, false],
    ["recalled", "allocated", false],
  ])("%s with open stage %s counts: %s", (status, stage, expected) => {
    expect(countsAsStock(status as any, stage as any)).toBe(expected)
  })

  it("counts a returned unit once Medusa received its return, and nothing else more", () => {
    expect(countsAsStock("returned", null, true)).toBe(true)
    expect(countsAsStock("sold", null, true)).toBe(false)
    expect(countsAsStock("defective", null, true)).toBe(false)
  })
})

describe("stockAdjustmentsFor", () => {
  // What each admin action does to Medusa's stock, from every status it may start from.
  const EXPECTED: Record<string, Record<string, number>> = {
    reserve: { in_stock: 0 },
    release: { reserved: 0 },
    sell: { in_stock: -1, reserved: -1 },
    return: { sold: 0 },
    restock: { returned: 1, defective: 1 },
    mark_defective: {
      in_stock: -1,
      reserved: -1,
      sold: 0,
      returned: 0,
      recalled: 0,
    },
    // A recalled unit is not stock: blocking takes it out, releasing puts it back.
    recall: { in_stock: -1, reserved: -1 },
    release_recall: { recalled: 1 },
    release_recall_to_order: { recalled: 1 },
  }

  it.each(SERIAL_NUMBER_ACTIONS)(
    "%s: covers every status of the table",
    (a) => {
      expect(Object.keys(EXPECTED[a]).sort()).toEqual(
        [...TRANSITIONS[a].from].sort()
      )
      for (const from of TRANSITIONS[a].from) {
        const adjustments = stockAdjustmentsFor([
          unit({ from_status: from, to_status: TRANSITIONS[a].to }),
        ])
        const sum = adjustments.reduce((s, x) => s + x.adjustment, 0)
        expect([a, from, sum]).toEqual([a, from, EXPECTED[a][from]])
      }
    }
  )

  it("sums per item and location and leaves out places that net to zero", () => {
    expect(
      stockAdjustmentsFor([
        unit({}),
        unit({}),
        unit({
          stock_location_id: "sloc_2",
          from_status: "returned",
          to_status: "in_stock",
        }),
        unit({ inventory_item_id: "iitem_2" }),
        unit({
          inventory_item_id: "iitem_2",
          from_status: "defective",
          to_status: "in_stock",
        }),
      ])
    ).toEqual([
      { inventory_item_id: "iitem_1", location_id: "sloc_1", adjustment: -2 },
      { inventory_item_id: "iitem_1", location_id: "sloc_2", adjustment: 1 },
    ])
  })

  it("ignores units of items not under full tracking and units without a location", () => {
    expect(
      stockAdjustmentsFor([
        unit({ tracking_mode: "outbound" }),
        unit({ tracking_mode: "none" }),
        unit({ tracking_mode: null }),
        unit({ stock_location_id: null }),
      ])
    ).toEqual([])
  })

  it("a unit back on a received Medusa return already counts: restock leaves the level, defective takes it out", () => {
    const back = { from_status: "returned", return_received: true }
    expect(
      stockAdjustmentsFor([unit({ ...back, to_status: "in_stock" })])
    ).toEqual([])
    expect(
      stockAdjustmentsFor([unit({ ...back, to_status: "defective" })])
    ).toEqual([
      { inventory_item_id: "iitem_1", location_id: "sloc_1", adjustment: -1 },
    ])
  })

  it("leaves a picked unit's stock alone: Medusa took it out at fulfillment", () => {
    expect(
      stockAdjustmentsFor([
        unit({
          from_status: "reserved",
          to_status: "sold",
          open_stage: "picked",
        }),
      ])
    ).toEqual([])
  })
})
