import { mergeStockDrift } from "../merge-stock-drift"

const level = (item: string, location: string, stocked: unknown) => ({
  inventory_item_id: item,
  location_id: location,
  stocked_quantity: stocked,
})
const count = (item: string, location: string, n: number) => ({
  inventory_item_id: item,
  stock_location_id: location,
  unit_count: n,
})

describe("mergeStockDrift", () => {
  const levels = [
    level("i2", "l1", 4),
    level("i1", "l2", "3"),
    level("i1", "l1", 5),
  ]
  const counts = [
    count("i1", "l1", 5),
    count("i1", "l2", 1),
    count("i2", "l2", 2),
  ]

  it("keeps only places where level and units differ, sorted by item and location", () => {
    expect(mergeStockDrift(levels, counts)).toEqual([
      {
        inventory_item_id: "i1",
        stock_location_id: "l2",
        stocked_quantity: 3,
        has_level: true,
        unit_count: 1,
        difference: 2,
      },
      {
        inventory_item_id: "i2",
        stock_location_id: "l1",
        stocked_quantity: 4,
        has_level: true,
        unit_count: 0,
        difference: 4,
      },
      {
        inventory_item_id: "i2",
        stock_location_id: "l2",
        stocked_quantity: 0,
        has_level: false,
        unit_count: 2,
        difference: -2,
      },
    ])
  })

  it("lists every place with all", () => {
    const rows = mergeStockDrift(levels, counts, true)
    expect(
      rows.map((r) => [r.inventory_item_id, r.stock_location_id, r.difference])
    ).toEqual([
      ["i1", "l1", 0],
      ["i1", "l2", 2],
      ["i2", "l1", 4],
      ["i2", "l2", -2],
    ])
  })

  it("reports nothing when nothing is there", () => {
    expect(mergeStockDrift([], [], true)).toEqual([])
  })
})
