import type { SerialEventGroup } from "../../../../types/serial-event-export"
import { SERIAL_EVENT_TYPES } from "../../../../types/serial-event-type"
import { unitEpc } from "../helpers/epc-identifiers"
import { epcisObjectEvent } from "../helpers/epcis-object-event"
import { epcisVocabulary } from "../helpers/epcis-vocabulary"
import { pipeSerials } from "../helpers/serial-event-group-record"

const BASE = "https://shop.example.com"
const GTIN = "09506000134352"

describe("event export formats", () => {
  it("pipe-delimits serials, escaping a pipe or backslash inside one", () => {
    expect(pipeSerials(["SN1", "SN2", "SN3"])).toBe("SN1|SN2|SN3")
    expect(pipeSerials(["A|B", "C\\D", "E"])).toBe("A\\|B|C\\\\D|E")
    const split = (s: string) =>
      s.split(/(?<!\\)\|/).map((x) => x.replace(/\\([\\|])/g, "$1"))
    expect(split(pipeSerials(["A|B", "C\\D", "E"]))).toEqual([
      "A|B",
      "C\\D",
      "E",
    ])
  })

  it("mints an SGTIN Digital Link for an AI 21 serial with a GTIN, a store URL otherwise", () => {
    expect(unitEpc("SN-001", GTIN, BASE)).toBe(
      `https://id.gs1.org/01/${GTIN}/21/SN-001`
    )
    expect(unitEpc("AB/C%1", GTIN, BASE)).toBe(
      `https://id.gs1.org/01/${GTIN}/21/AB%2FC%251`
    )
    expect(unitEpc("SN-001", null, BASE)).toBe(`${BASE}/serial-numbers/SN-001`)
    // Over 20 characters or outside GS1's character set 82: not an SGTIN.
    expect(unitEpc("X".repeat(21), GTIN, BASE)).toBe(
      `${BASE}/serial-numbers/${"X".repeat(21)}`
    )
    expect(unitEpc("Größe 1", GTIN, BASE)).toBe(
      `${BASE}/serial-numbers/Gr%C3%B6%C3%9Fe%201`
    )
  })

  it("maps every event type to an action, a CBV business step and a disposition", () => {
    for (const type of SERIAL_EVENT_TYPES) {
      const v = epcisVocabulary(type, "in_stock")
      expect(["ADD", "OBSERVE", "DELETE"]).toContain(v.action)
      expect(v.bizStep).toMatch(/^[a-z_]+$/)
    }
    expect(epcisVocabulary("received", "in_stock")).toEqual({
      action: "ADD",
      bizStep: "receiving",
      disposition: "sellable_not_accessible",
    })
    expect(epcisVocabulary("marked_defective", "defective")).toEqual({
      action: "OBSERVE",
      bizStep: "inspecting",
      disposition: "damaged",
    })
    expect(epcisVocabulary("scrapped", null).action).toBe("DELETE")
    expect(epcisVocabulary("note", null)).toEqual({
      action: "OBSERVE",
      bizStep: "other",
    })
  })

  it("leaves bizLocation out once the units left the location, and names the return", () => {
    const group: SerialEventGroup = {
      first_event_id: "sev_1",
      event_time: new Date("2026-03-01T10:00:00Z"),
      type: "returned",
      from_status: "sold",
      to_status: "returned",
      stock_location_id: "sloc_1",
      order_id: null,
      fulfillment_id: null,
      return_id: "ret_1",
      actor_type: "user",
      actor_id: "user_1",
      count: 1,
      serials: ["SN-1"],
      inventory_item_ids: ["iitem_1"],
    }
    const event = epcisObjectEvent(group, () => null, BASE)
    expect(event).toEqual(
      expect.objectContaining({
        action: "OBSERVE",
        bizStep: "receiving",
        disposition: "returned",
        readPoint: { id: `${BASE}/stock-locations/sloc_1` },
        bizLocation: { id: `${BASE}/stock-locations/sloc_1` },
        bizTransactionList: [
          { type: "rma", bizTransaction: `${BASE}/returns/ret_1` },
        ],
      })
    )
    const shipped = epcisObjectEvent(
      { ...group, type: "shipped", to_status: "sold" },
      () => null,
      BASE
    )
    expect(shipped).not.toHaveProperty("bizLocation")
  })
})
