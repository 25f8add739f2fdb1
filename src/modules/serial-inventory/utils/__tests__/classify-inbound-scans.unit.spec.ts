import {
  classifyInboundScans,
  type ClassifyInboundScansInput,
} from "../classify-inbound-scans"
import { inboundInputProblems } from "../inbound-input-problems"
import { inboundLineCounts } from "../inbound-line-counts"

const serialsLine = {
  id: "L1",
  inventory_item_id: "iitem_a",
  mode: "serials" as const,
  expected_quantity: 3,
  unexpected_count: 0,
}
const quantityLine = {
  id: "L2",
  inventory_item_id: "iitem_b",
  mode: "quantity" as const,
  expected_quantity: 2,
  unexpected_count: 0,
}
const expected = (serial: string, line_id = "L1", scan_count = 0) => ({
  id: `row_${serial}`,
  line_id,
  serial,
  normalized_serial: serial.toLowerCase(),
  expected: true,
  scan_count,
})

function classify(input: Partial<ClassifyInboundScansInput>) {
  let n = 0
  return classifyInboundScans({
    scans: [],
    lines: [serialsLine, quantityLine],
    rows: [],
    units: [],
    newId: () => `new_${++n}`,
    ...input,
  })
}
const outcomes = (r: ReturnType<typeof classify>) =>
  r.results.map((x) => [x.serial, x.outcome])

describe("classifyInboundScans", () => {
  it("matches expected serials (case and spacing folded) and records the scan", () => {
    const r = classify({
      scans: [" a-1 ", "A-2"],
      rows: [expected("A-1"), expected("A-2")],
    })
    expect(outcomes(r)).toEqual([
      ["a-1", "matched"],
      ["A-2", "matched"],
    ])
    expect(r.results[0]).toMatchObject({ scan_id: "row_A-1", line_id: "L1" })
    expect(r.updates).toEqual([
      { id: "row_A-1", scan_count: 1 },
      { id: "row_A-2", scan_count: 1 },
    ])
    expect(r.inserts).toEqual([])
  })

  it("flags a serial scanned before, or twice in the batch, as duplicate_scan and counts it", () => {
    const r = classify({
      scans: ["A-1", "A-2", "a-2"],
      rows: [expected("A-1", "L1", 1), expected("A-2")],
    })
    expect(outcomes(r)).toEqual([
      ["A-1", "duplicate_scan"],
      ["A-2", "matched"],
      ["a-2", "duplicate_scan"],
    ])
    expect(r.updates).toEqual([
      { id: "row_A-1", scan_count: 2 },
      { id: "row_A-2", scan_count: 2 },
    ])
  })

  it("calls a serial expected on another line wrong_item when scanning a given line, and records nothing", () => {
    const r = classify({
      scans: ["A-1"],
      line_id: "L2",
      rows: [expected("A-1")],
    })
    expect(r.results[0]).toMatchObject({
      outcome: "wrong_item",
      scan_id: null,
      line_id: "L1",
      message: expect.stringContaining("Expected on line L1"),
    })
    expect(r.updates).toEqual([])
    expect(r.inserts).toEqual([])
  })

  it("names a live unit: in_stock_elsewhere for this item, wrong_item for another", () => {
    const unit = {
      id: "sn_1",
      normalized_serial: "u-1",
      inventory_item_id: "iitem_a",
      status: "in_stock",
      stock_location_id: "sloc_2",
    }
    const r = classify({
      scans: ["U-1", "U-2"],
      line_id: "L1",
      units: [
        unit,
        {
          ...unit,
          id: "sn_2",
          normalized_serial: "u-2",
          inventory_item_id: "iitem_z",
        },
      ],
    })
    expect(outcomes(r)).toEqual([
      ["U-1", "in_stock_elsewhere"],
      ["U-2", "wrong_item"],
    ])
    expect(r.results[0].message).toContain("in_stock at sloc_2")
    expect(r.results[0].serial_number).toMatchObject({ id: "sn_1" })
    expect(r.inserts).toEqual([])
  })

  it("records an unexpected serial on a pre-entered line as extra", () => {
    const r = classify({ scans: ["X-9"], line_id: "L1" })
    expect(r.results[0]).toMatchObject({
      outcome: "extra",
      scan_id: "new_1",
      line_id: "L1",
    })
    expect(r.inserts).toEqual([
      {
        id: "new_1",
        line_id: "L1",
        serial: "X-9",
        normalized_serial: "x-9",
        scan_count: 1,
      },
    ])
  })

  it("matches a quantity line's scans up to its quantity, then calls them extra", () => {
    const r = classify({
      scans: ["Q-1", "Q-2", "Q-3", "q-3"],
      line_id: "L2",
      lines: [serialsLine, { ...quantityLine, unexpected_count: 1 }],
    })
    expect(outcomes(r)).toEqual([
      ["Q-1", "matched"],
      ["Q-2", "extra"],
      ["Q-3", "extra"],
      ["q-3", "duplicate_scan"],
    ])
    expect(r.inserts.map((i) => [i.serial, i.scan_count])).toEqual([
      ["Q-1", 1],
      ["Q-2", 1],
      ["Q-3", 2],
    ])
  })

  it("uses the only line when no line is named, and reports unexpected serials without recording them otherwise", () => {
    const single = classify({ scans: ["Q-1"], lines: [quantityLine] })
    expect(single.results[0]).toMatchObject({
      outcome: "matched",
      line_id: "L2",
    })
    const many = classify({ scans: ["Q-1"] })
    expect(many.results[0]).toMatchObject({ outcome: "extra", scan_id: null })
    expect(many.inserts).toEqual([])
  })

  it("reads GS1 scans and calls unusable input invalid without throwing", () => {
    const r = classify({
      scans: [
        "(01)09506000134352(21)A-1",
        "",
        "SN\u0007X",
        "(01)09506000134352(10)LOT",
      ],
      rows: [expected("A-1")],
    })
    expect(outcomes(r)).toEqual([
      ["A-1", "matched"],
      ["", "invalid"],
      ["SN\u0007X", "invalid"],
      ["(01)09506000134352(10)LOT", "invalid"],
    ])
  })
})

describe("GS1 scans against the items' GTINs", () => {
  it("matches a GS1 scan of the line's item and calls another GTIN wrong_item, recording nothing", () => {
    const r = classify({
      scans: ["(01)09506000134352(21)A-1", "(01)04006381333931(21)A-2", "A-3"],
      rows: [expected("A-1"), expected("A-2"), expected("A-3")],
      item_gtins: { iitem_a: ["9506000134352"], iitem_b: [] },
    })
    expect(outcomes(r)).toEqual([
      ["A-1", "matched"],
      ["A-2", "wrong_item"],
      ["A-3", "matched"],
    ])
    expect(r.results[1]).toMatchObject({
      scan_id: null,
      line_id: "L1",
      message: expect.stringMatching(/04006381333931.*09506000134352/),
    })
    expect(r.updates.map((u) => u.id)).toEqual(["row_A-1", "row_A-3"])
  })

  it("refuses a GS1 scan for an item with no GTIN on record", () => {
    const r = classify({
      scans: ["(01)09506000134352(21)Q-1"],
      line_id: "L2",
      item_gtins: { iitem_a: ["9506000134352"] },
    })
    expect(r.results[0]).toMatchObject({
      outcome: "wrong_item",
      message: expect.stringContaining("has no GTIN (ean, upc or barcode"),
    })
    expect(r.inserts).toEqual([])
  })
})

describe("inboundLineCounts", () => {
  const line = {
    id: "L",
    inventory_item_id: "i",
    confirmed_quantity: null,
  }
  it("counts a pre-entered line: matched, missing, extra", () => {
    expect(
      inboundLineCounts({
        ...line,
        mode: "serials",
        expected_quantity: 5,
        scanned_expected: 3,
        unexpected: 1,
      })
    ).toMatchObject({
      expected: 5,
      scanned: 4,
      matched: 3,
      missing: 2,
      extra: 1,
    })
  })
  it("counts a quantity line: over the quantity is extra", () => {
    expect(
      inboundLineCounts({
        ...line,
        mode: "quantity",
        expected_quantity: 2,
        scanned_expected: 0,
        unexpected: 3,
      })
    ).toMatchObject({
      expected: 2,
      scanned: 3,
      matched: 2,
      missing: 0,
      extra: 1,
    })
  })
})

describe("inboundInputProblems", () => {
  it("names every bad line", () => {
    expect(
      inboundInputProblems({
        stock_location_id: "sloc",
        lines: [
          { inventory_item_id: "a", serials: ["S-1", "s-1 "] },
          { inventory_item_id: "a", expected_quantity: 2 },
          { inventory_item_id: "b" },
          { inventory_item_id: "c", serials: ["S-9"], expected_quantity: 2 },
        ],
      })
    ).toEqual([
      'line 1: serial "s-1 " is already on line 1',
      "line 2: item a is on an earlier line",
      "line 3: needs serials or an expected_quantity of at least 1",
      "line 4: expected_quantity 2 does not match its 1 serials",
    ])
  })
})
