import { serialCsvHeaderProblems } from "../serial-csv-header-problems"

const keys = new Set(["colour", "battery_health"])

describe("serialCsvHeaderProblems", () => {
  it("accepts serial with either item column, the format's columns and known attributes", () => {
    expect(
      serialCsvHeaderProblems(["serial", "sku", "lot", "attr:colour"], keys)
    ).toEqual([])
    expect(
      serialCsvHeaderProblems(["inventory_item_id", "serial", "location"], keys)
    ).toEqual([])
  })

  it("names missing required columns", () => {
    expect(serialCsvHeaderProblems(["sku"], keys)).toEqual([
      'missing column "serial"',
    ])
    expect(serialCsvHeaderProblems(["serial", "lot"], keys)).toEqual([
      'missing column "inventory_item_id" or "sku" (one of them names each row\'s inventory item)',
    ])
  })

  it("names unknown, unnamed and repeated columns, and attributes no template defines", () => {
    expect(
      serialCsvHeaderProblems(
        ["serial", "sku", "colour", "", "lot", "lot", "attr:storage"],
        keys
      )
    ).toEqual([
      'unknown column "colour" (template attributes are "attr:<key>" columns)',
      "column 4 has no name",
      'column "lot" appears more than once',
      'unknown column "attr:storage": no serial template defines the attribute "storage"',
    ])
  })
})
