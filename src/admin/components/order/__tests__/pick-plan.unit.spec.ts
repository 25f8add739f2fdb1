import { applyScan, pickedValue, planPick, type PickLine } from "../pick-plan"

const GTIN = "09506000134352"
const GS = "\u001d"

const line = (over: Partial<PickLine>): PickLine => ({
  line_item_id: "li_1",
  title: "Phone",
  sku: null,
  inventory_item_ids: ["ii_phone"],
  tracking: "full",
  remaining: 2,
  quantity: 2,
  serials_per_unit: 1,
  picked: [],
  ...over,
})

describe("planPick", () => {
  it("pre-fills the allocated units of the lines still to fulfill", () => {
    const plan = planPick(
      [
        {
          line_item_id: "li_1",
          title: "Phone",
          sku: "P",
          quantity: 2,
          inventory_items: [
            {
              inventory_item_id: "ii_phone",
              tracking_mode: "full",
              quantity: 2,
              missing: 0,
              units: [
                {
                  id: "u1",
                  serial: "A",
                  status: "reserved",
                  stage: "allocated",
                  allocation_id: "a1",
                  fulfillment_id: null,
                  return_id: null,
                },
                {
                  id: "u2",
                  serial: "B",
                  status: "sold",
                  stage: "shipped",
                  allocation_id: "a2",
                  fulfillment_id: "f1",
                  return_id: null,
                },
              ],
            },
          ],
        },
        {
          line_item_id: "li_done",
          title: "Cable",
          sku: null,
          quantity: 1,
          inventory_items: [],
        },
      ],
      new Map([
        ["li_1", 1],
        ["li_done", 0],
      ])
    )
    expect(plan).toHaveLength(1)
    expect(plan[0]).toMatchObject({
      remaining: 1,
      quantity: 1,
      tracking: "full",
      picked: [{ serial: "A", source: "allocated" }],
    })
  })
})

describe("applyScan", () => {
  it("puts a known unit on the line of its item while it has room", () => {
    const out = applyScan([line({})], "SN-1", { inventory_item_id: "ii_phone" })
    expect(out.ok && out.lines[0].picked).toEqual([
      { serial: "SN-1", source: "scanned" },
    ])
  })

  it("swaps an allocated unit out when the line is full", () => {
    const out = applyScan(
      [
        line({
          quantity: 1,
          picked: [{ serial: "ALLOC", source: "allocated" }],
        }),
      ],
      "SN-2",
      { inventory_item_id: "ii_phone" }
    )
    expect(out).toMatchObject({
      ok: true,
      message: "SN-2 picked for Phone in place of ALLOC",
    })
    expect(out.ok && out.lines[0].picked).toEqual([
      { serial: "SN-2", source: "scanned" },
    ])
  })

  it("refuses a serial picked twice, one of another item, and one for a complete line", () => {
    const full = line({
      quantity: 1,
      picked: [{ serial: "X", source: "scanned" }],
    })
    expect(applyScan([full], "x", { inventory_item_id: "ii_phone" })).toEqual({
      ok: false,
      message: "x is already picked",
    })
    expect(applyScan([full], "Y", { inventory_item_id: "ii_other" }).ok).toBe(
      false
    )
    expect(applyScan([full], "Z", { inventory_item_id: "ii_phone" })).toEqual({
      ok: false,
      message: "Z: every matching line is complete",
    })
  })

  it("captures an unknown serial on an outbound line only", () => {
    expect(applyScan([line({})], "NEW", null).ok).toBe(false)
    const out = applyScan([line({ tracking: "outbound" })], "NEW", null)
    expect(out.ok && out.lines[0].picked).toEqual([
      { serial: "NEW", source: "scanned" },
    ])
  })

  it.each([
    ["an element string with FNC1", `]C101${GTIN}21SN-9${GS}10L1`],
    ["a bracketed element string", `(01)${GTIN}(21)SN-9`],
    ["a Digital Link", `https://id.gs1.org/01/${GTIN}/21/SN-9`],
  ])("reads %s as the serial it names, keeping the scan to send", (_, scan) => {
    const out = applyScan([line({})], `${scan}\r\n`, {
      inventory_item_id: "ii_phone",
    })
    expect(out).toMatchObject({ ok: true, message: "SN-9 picked for Phone" })
    const picked = out.ok ? out.lines[0].picked : []
    expect(picked).toEqual([{ serial: "SN-9", source: "scanned", scan }])
    expect(picked.map(pickedValue)).toEqual([scan])
    // The same unit scanned again, typed this time, is already picked.
    expect(
      applyScan(out.ok ? out.lines : [], "sn-9", {
        inventory_item_id: "ii_phone",
      })
    ).toEqual({ ok: false, message: "sn-9 is already picked" })
  })

  it("keeps plain serials that look like AIs as typed, and sends the serial", () => {
    for (const serial of ["0112345678901231", "21ABC", "10-200"]) {
      const out = applyScan([line({})], serial, {
        inventory_item_id: "ii_phone",
      })
      const picked = out.ok ? out.lines[0].picked : []
      expect(picked).toEqual([{ serial, source: "scanned" }])
      expect(picked.map(pickedValue)).toEqual([serial])
    }
  })

  it("refuses an unreadable GS1 scan with the reader's message", () => {
    expect(
      applyScan([line({})], `]C101${GTIN}10LOT`, {
        inventory_item_id: "ii_phone",
      })
    ).toEqual({
      ok: false,
      message: `Scan "]C101${GTIN}10LOT" has no serial (AI 21)`,
    })
  })
})
