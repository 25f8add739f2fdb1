import { planReceiptSerials, receiptRows } from "../plan-receipt-units"
import { planStockChanges, countUnitsPerLevel } from "../stock-changes"

describe("planReceiptSerials", () => {
  it("lists units first, then each range, and counts what to generate", () => {
    const plan = planReceiptSerials({
      units: [{ serial: "A" }],
      ranges: ["B-1..B-3"],
      generate: { count: 4 },
    })
    expect(plan).toEqual({
      units: [
        { serial: "A" },
        { serial: "B-1" },
        { serial: "B-2" },
        { serial: "B-3" },
      ],
      generate: 4,
      problems: [],
    })
  })

  it("names every bad range and a receipt over 100,000 units", () => {
    expect(
      planReceiptSerials({ ranges: ["X-9..X-1", "Y..Z"] }).problems
    ).toEqual([
      'range "X-9..X-1" is reversed (X-1 comes before X-9)',
      expect.stringContaining('range "Y..Z"'),
    ])
    expect(
      planReceiptSerials({
        ranges: ["A-000001..A-060000", "B-000001..B-060000"],
      }).problems
    ).toEqual(["a receipt takes at most 100000 units"])
    expect(
      planReceiptSerials({ ranges: ["A-1..A-2"], generate: { count: 99999 } })
        .problems
    ).toEqual(["a receipt takes at most 100000 units"])
    expect(planReceiptSerials({}).problems).toEqual([
      "a receipt needs serials, ranges or generate.count",
    ])
  })
})

describe("receiptRows", () => {
  it("shares receipt values and lets a unit override them, merging attributes", () => {
    const rows = receiptRows(
      {
        inventory_item_id: "iitem_1",
        stock_location_id: "sloc_1",
        lot: "L1",
        condition_grade: "A",
        attributes: { colour: "black", firmware: "1" },
      },
      [
        { serial: "S1" },
        { serial: "S2", lot: "L2", attributes: { firmware: "2" } },
      ],
      "srcpt_1"
    )
    expect(rows[0]).toMatchObject({
      serial: "S1",
      lot: "L1",
      condition_grade: "A",
      receipt_reference: "srcpt_1",
      attributes: { colour: "black", firmware: "1" },
    })
    expect(rows[1]).toMatchObject({
      serial: "S2",
      lot: "L2",
      attributes: { colour: "black", firmware: "2" },
    })
  })
})

describe("stock changes for received units", () => {
  it("counts units of full items per location, skipping others and units without a location", () => {
    const counts = countUnitsPerLevel(
      [
        { inventory_item_id: "i1", stock_location_id: "l1" },
        { inventory_item_id: "i1", stock_location_id: "l1" },
        { inventory_item_id: "i1", stock_location_id: "l2" },
        { inventory_item_id: "i1", stock_location_id: null },
        { inventory_item_id: "i2", stock_location_id: "l1" },
      ],
      new Set(["i1"])
    )
    expect(counts).toEqual([
      { inventory_item_id: "i1", location_id: "l1", adjustment: 2 },
      { inventory_item_id: "i1", location_id: "l2", adjustment: 1 },
    ])
    expect(
      planStockChanges(counts, [{ inventory_item_id: "i1", location_id: "l2" }])
    ).toEqual({
      create: [
        { inventory_item_id: "i1", location_id: "l1", stocked_quantity: 2 },
      ],
      adjust: [{ inventory_item_id: "i1", location_id: "l2", adjustment: 1 }],
    })
  })
})
