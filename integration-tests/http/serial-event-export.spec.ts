import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { parse } from "csv-parse/sync"
import { sql } from "./helpers/fixtures"
import { GTIN, GTIN13, setVariantCodes } from "./helpers/gtins"
import { orderFlow } from "./helpers/order-flow"
import { createSellingStore, SellingStore } from "./helpers/selling-store"

jest.setTimeout(180000)

const BASE = "https://shop.example.com"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let s: SellingStore

    beforeEach(async () => {
      s = await createSellingStore(api, getContainer())
    })

    const { admin, placeOrder, fulfillAndShip } = orderFlow(
      api,
      getContainer,
      () => s
    )

    const exportEvents = (query: string) =>
      admin("GET", `/admin/serial-events/export?${query}`)

    const csvRows = (body: string) =>
      parse(body.replace(/^\uFEFF/, ""), { columns: true }) as Record<
        string,
        string
      >[]

    /** Four phones received in one receipt, two of them sold and shipped on one order. */
    const receiveAndShip = async () => {
      await setVariantCodes(getContainer(), s.phone.variantId!, {
        ean: GTIN13,
      })
      await s.receive(["EX-4", "EX-2", "EX-1", "EX-3"])
      const { orderId, line } = await placeOrder(
        [{ variant_id: s.phone.variantId!, quantity: 2 }],
        2
      )
      const lineId = line(s.phone.variantId!)
      const fulfillmentId = await fulfillAndShip(orderId, [
        { id: lineId, quantity: 2 },
      ])
      const [shipped] = await sql(
        getContainer(),
        `select string_agg(sn.serial, '|' order by sn.serial) serials
         from serial_allocation a join serial_number sn on sn.id = a.serial_number_id
         where a.order_id = ?`,
        [orderId]
      )
      return { orderId, fulfillmentId, shipped: shipped.serials as string }
    }

    it("exports one CSV row and one JSON line per event group, serials pipe-delimited", async () => {
      const { orderId, fulfillmentId, shipped } = await receiveAndShip()
      const loc = s.store.locationId

      const csv = await exportEvents("format=csv")
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      const rows = csvRows(csv.data)
      const shape = rows.map((r) => [
        r.type,
        r.count,
        r.serials,
        r.stock_location_id,
        r.order_id,
        r.fulfillment_id,
      ])
      expect(shape).toEqual([
        ["received", "4", "EX-1|EX-2|EX-3|EX-4", loc, "", ""],
        ["allocated", "2", shipped, loc, orderId, ""],
        ["picked", "2", shipped, loc, orderId, fulfillmentId],
        ["shipped", "2", shipped, loc, orderId, fulfillmentId],
      ])
      expect(rows[0]).toEqual(
        expect.objectContaining({
          from_status: "",
          to_status: "in_stock",
          actor_type: "system",
          event_group_id: expect.stringMatching(/^sev_/),
        })
      )
      expect(rows[3]).toEqual(
        expect.objectContaining({ from_status: "reserved", to_status: "sold" })
      )
      const times = rows.map((r) => Date.parse(r.event_time))
      expect([...times].sort((a, b) => a - b)).toEqual(times)

      const jsonl = await exportEvents("format=jsonl")
      expect(jsonl.status).toBe(200)
      expect(jsonl.headers["content-type"]).toMatch(/^application\/x-ndjson/)
      const text: string =
        typeof jsonl.data === "string" ? jsonl.data : JSON.stringify(jsonl.data)
      const lines = text
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l))
      expect(lines).toHaveLength(4)
      expect(lines[0]).toEqual({
        event_group_id: rows[0].event_group_id,
        event_time: rows[0].event_time,
        type: "received",
        from_status: null,
        to_status: "in_stock",
        stock_location_id: loc,
        order_id: null,
        fulfillment_id: null,
        return_id: null,
        actor_type: "system",
        actor_id: null,
        count: 4,
        serials: "EX-1|EX-2|EX-3|EX-4",
      })
      expect(lines[3]).toEqual(
        expect.objectContaining({
          type: "shipped",
          count: 2,
          serials: shipped,
          order_id: orderId,
          fulfillment_id: fulfillmentId,
        })
      )
    })

    it("exports an EPCIS 2.0 document: one ObjectEvent per group with SGTIN Digital Link EPCs", async () => {
      const { orderId, fulfillmentId, shipped } = await receiveAndShip()
      const loc = `${BASE}/stock-locations/${s.store.locationId}`
      const res = await exportEvents(
        `format=epcis&type=received,shipped&epc_base=${encodeURIComponent(BASE + "/")}`
      )
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toMatch(/^application\/ld\+json/)
      const doc = typeof res.data === "string" ? JSON.parse(res.data) : res.data
      expect(doc).toEqual({
        "@context": [
          "https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
          { msi: "urn:medusa-serial-inventory:epcis:" },
        ],
        type: "EPCISDocument",
        schemaVersion: "2.0",
        creationDate: expect.any(String),
        epcisBody: { eventList: expect.any(Array) },
      })
      const [receipt, shipment] = doc.epcisBody.eventList
      expect(doc.epcisBody.eventList).toHaveLength(2)
      const dl = (serial: string) =>
        `https://id.gs1.org/01/${GTIN}/21/${serial}`
      expect(receipt).toEqual({
        type: "ObjectEvent",
        eventID: expect.stringMatching(`^${BASE}/serial-events/sev_`),
        eventTime: expect.stringMatching(/Z$/),
        eventTimeZoneOffset: "+00:00",
        epcList: ["EX-1", "EX-2", "EX-3", "EX-4"].map(dl),
        action: "ADD",
        bizStep: "receiving",
        disposition: "sellable_not_accessible",
        readPoint: { id: loc },
        bizLocation: { id: loc },
        "msi:eventType": "received",
      })
      expect(shipment).toEqual({
        type: "ObjectEvent",
        eventID: expect.any(String),
        eventTime: expect.any(String),
        eventTimeZoneOffset: "+00:00",
        epcList: shipped.split("|").map(dl),
        action: "OBSERVE",
        bizStep: "shipping",
        disposition: "in_transit",
        readPoint: { id: loc },
        bizTransactionList: [
          { type: "po", bizTransaction: `${BASE}/orders/${orderId}` },
          {
            type: "desadv",
            bizTransaction: `${BASE}/fulfillments/${fulfillmentId}`,
          },
        ],
        "msi:eventType": "shipped",
      })
      expect(Date.parse(shipment.eventTime)).toBeGreaterThanOrEqual(
        Date.parse(receipt.eventTime)
      )
    })

    it("applies the unit filters, event types and time window; a serial outside AI 21 gets a store URL", async () => {
      const { orderId, shipped } = await receiveAndShip()
      const rowsFor = async (query: string) => {
        const res = await exportEvents(`format=csv&${query}`)
        expect(res.status).toBe(200)
        return csvRows(res.data).map((r) => [r.type, r.serials])
      }
      expect(await rowsFor("serial=ex-3")).toEqual([["received", "EX-3"]])
      expect(await rowsFor("status=in_stock")).toEqual([
        [
          "received",
          ["EX-1", "EX-2", "EX-3", "EX-4"]
            .filter((x) => !shipped.split("|").includes(x))
            .join("|"),
        ],
      ])
      expect(await rowsFor(`order_id=${orderId}&type=picked`)).toEqual([
        ["picked", shipped],
      ])
      expect(await rowsFor(`product_id=${s.cable.productId}`)).toEqual([])
      const future = new Date(Date.now() + 3600000).toISOString()
      expect(await rowsFor(`since=${encodeURIComponent(future)}`)).toEqual([])
      expect(
        (await rowsFor(`until=${encodeURIComponent(future)}`)).map((r) => r[0])
      ).toEqual(["received", "allocated", "picked", "shipped"])

      await s.receive(["WITH SPACE|PIPE"])
      expect(await rowsFor("q=space")).toEqual([
        ["received", "WITH SPACE\\|PIPE"],
      ])
      const epcis = await exportEvents(
        `format=epcis&q=space&epc_base=${encodeURIComponent(BASE)}`
      )
      const doc =
        typeof epcis.data === "string" ? JSON.parse(epcis.data) : epcis.data
      expect(doc.epcisBody.eventList[0].epcList).toEqual([
        `${BASE}/serial-numbers/WITH%20SPACE%7CPIPE`,
      ])
    })

    it("refuses bad parameters with a 400 naming each one", async () => {
      const cases: [string, RegExp][] = [
        ["format=xml", /format/],
        ["type=exploded", /type/],
        ["since=2026-02-30", /since/],
        ["since=2026-03-02&until=2026-03-01", /since must be before until/],
        ["epc_base=ftp://x", /epc_base/],
        ["colour=red", /colour/],
      ]
      for (const [query, message] of cases) {
        const res = await exportEvents(query)
        expect([query, res.status, res.data.code]).toEqual([
          query,
          400,
          "serial_request_invalid",
        ])
        expect(res.data.message).toMatch(message)
      }
      const anonymous = await api.get("/admin/serial-events/export", {
        validateStatus: () => true,
      })
      expect(anonymous.status).toBe(401)
    })
  },
})
