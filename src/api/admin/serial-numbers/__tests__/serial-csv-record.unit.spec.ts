import { serialCsvHeader, serialCsvRecord } from "../helpers/serial-csv-record"

describe("serialCsvRecord", () => {
  const unit: any = {
    id: "sn_1",
    serial: "SN-1",
    status: "in_stock",
    inventory_item_id: "iitem_1",
    stock_location_id: "sloc_1",
    bin_code: null,
    lot: "L1",
    supplier_reference: null,
    receipt_reference: "PO-9",
    received_at: new Date("2026-03-01T10:00:00Z"),
    purchased_at: null,
    condition_grade: "A",
    condition_notes: null,
    warranty_starts_at: "2026-03-01T10:00:00.000Z",
    warranty_expires_at: null,
    attributes: { colour: "black", sealed: false, battery_health: 97 },
  }

  it("puts every value under its header column, attributes last in the given key order", () => {
    const keys = ["battery_health", "colour", "firmware", "sealed"]
    const header = serialCsvHeader(keys)
    const record = serialCsvRecord(
      unit,
      { sku: "PHX", variant: "Black", product: "Phone" },
      "Main",
      keys
    )
    expect(record).toHaveLength(header.length)
    const byColumn = Object.fromEntries(header.map((h, i) => [h, record[i]]))
    expect(byColumn).toMatchObject({
      serial: "SN-1",
      sku: "PHX",
      product: "Phone",
      variant: "Black",
      location: "Main",
      receipt_reference: "PO-9",
      received_at: "2026-03-01T10:00:00.000Z",
      warranty_starts_at: "2026-03-01T10:00:00.000Z",
      warranty_expires_at: null,
      "attr:battery_health": 97,
      "attr:colour": "black",
      "attr:firmware": null,
      "attr:sealed": false,
    })
  })

  it("leaves item and location cells empty when they are unknown", () => {
    const record = serialCsvRecord(
      { ...unit, attributes: null },
      undefined,
      undefined,
      []
    )
    const header = serialCsvHeader([])
    expect(record[header.indexOf("sku")]).toBeNull()
    expect(record[header.indexOf("location")]).toBeNull()
  })
})
