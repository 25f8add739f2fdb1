import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createSerialNumbersWorkflow } from "../../src/workflows/serial-numbers"
import { serialModule, sql } from "./helpers/fixtures"
import { GS, GTIN, GTIN13, OTHER_GTIN, setVariantCodes } from "./helpers/gtins"
import { createSellingStore, SellingStore } from "./helpers/selling-store"
import { orderFlow } from "./helpers/order-flow"
import { eventually, orderAllocations } from "./helpers/storefront"

jest.setTimeout(180000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let s: SellingStore

    beforeEach(async () => {
      s = await createSellingStore(api, getContainer())
    })

    const { admin, placeOrder, fulfill, fulfillmentIds, events, snapshot } =
      orderFlow(api, getContainer, () => s)

    it("picks the allocated units without serials, ships them sold with a fresh warranty, and delivery adds its event", async () => {
      await s.receive(["F-1", "F-2", "F-3"])
      const { orderId, line } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 2 }],
        2
      )
      const res = await fulfill(orderId, [
        { id: line(s.phone.variantId), quantity: 2 },
      ])
      expect(res.status).toBe(200)
      const [fulfillmentId] = await fulfillmentIds(orderId)
      expect(await orderAllocations(getContainer(), orderId)).toEqual([
        expect.objectContaining({
          serial: "F-1",
          status: "reserved",
          stage: "picked",
          fulfillment_id: fulfillmentId,
        }),
        expect.objectContaining({ serial: "F-2", stage: "picked" }),
      ])
      expect((await events("F-1")).map((e) => e.type)).toEqual([
        "received",
        "allocated",
        "picked",
      ])

      const shipped = await admin(
        "POST",
        `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`,
        { items: [{ id: line(s.phone.variantId), quantity: 2 }] }
      )
      expect(shipped.status).toBe(200)
      const [unit] = await sql(
        getContainer(),
        `select status, warranty_starts_at, warranty_expires_at from serial_number where serial = 'F-1'`
      )
      expect(unit.status).toBe("sold")
      const start = new Date(unit.warranty_starts_at)
      expect(Math.abs(start.getTime() - Date.now())).toBeLessThan(60000)
      const expires = new Date(unit.warranty_expires_at)
      expect(expires.getUTCFullYear() * 12 + expires.getUTCMonth()).toBe(
        start.getUTCFullYear() * 12 + start.getUTCMonth() + 24
      )
      expect(await events("F-2")).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            type: "shipped",
            from_status: "reserved",
            to_status: "sold",
            order_id: orderId,
            fulfillment_id: fulfillmentId,
          }),
        ])
      )

      const delivered = await admin(
        "POST",
        `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`
      )
      expect(delivered.status).toBe(200)
      const rows = await eventually(
        () => orderAllocations(getContainer(), orderId),
        (r) => r.every((a: any) => a.stage === "delivered")
      )
      expect(rows.map((r: any) => [r.serial, r.status, r.stage])).toEqual([
        ["F-1", "sold", "delivered"],
        ["F-2", "sold", "delivered"],
      ])
      expect((await events("F-1")).map((e) => e.type)).toEqual([
        "received",
        "allocated",
        "picked",
        "shipped",
        "delivered",
      ])
    })

    it("a scanned unit in stock takes the place of an allocated one, which goes back with an event saying why", async () => {
      await s.receive(["W-1", "W-2", "W-3"])
      const { orderId, line } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 2 }],
        2
      )
      const lineId = line(s.phone.variantId)
      const res = await fulfill(orderId, [{ id: lineId, quantity: 2 }], {
        [lineId]: ["W-1", "w-3"],
      })
      expect({
        status: res.status,
        body: res.status === 200 ? null : res.data,
      }).toEqual({ status: 200, body: null })
      const rows = await orderAllocations(getContainer(), orderId)
      expect(rows.map((r: any) => [r.serial, r.status, r.stage])).toEqual([
        ["W-1", "reserved", "picked"],
        ["W-2", "in_stock", "released"],
        ["W-3", "reserved", "picked"],
      ])
      expect((await events("W-2")).at(-1)).toEqual(
        expect.objectContaining({
          type: "released",
          note: "swapped at pick for W-3",
          order_id: orderId,
        })
      )
    })

    it("refuses bad serials with a 400 naming each, and Medusa writes no fulfillment, stock or reservation change", async () => {
      await s.receive(["B-1", "B-2", "B-3", "B-4"])
      await s.receive(["OTHER-1"], s.tag.inventoryItemId!)
      const elsewhere = await admin("POST", "/admin/stock-locations", {
        name: "Second warehouse",
      })
      await createSerialNumbersWorkflow(getContainer()).run({
        input: {
          serial_numbers: [
            {
              serial: "FAR-1",
              inventory_item_id: s.phone.inventoryItemId!,
              stock_location_id: elsewhere.data.stock_location.id,
            },
          ],
        },
      })
      const first = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 1 }],
        1
      )
      const { orderId, line } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 2 }],
        2
      )
      const lineId = line(s.phone.variantId)
      await sql(
        getContainer(),
        `update serial_number set status = 'sold' where serial = 'B-4'`
      )
      const before = await snapshot(orderId)
      const cases: [string[], RegExp][] = [
        [["B-2", "NOPE-9"], /NOPE-9 is not a known unit/],
        [
          ["B-2", "B-1"],
          new RegExp(`B-1 is allocated to order ${first.orderId}`),
        ],
        [["B-2", "B-4"], /B-4 is sold/],
        [["B-2", "OTHER-1"], /OTHER-1 is a unit of inventory item/],
        [
          ["B-2"],
          /1 serial\(s\) of inventory item .* for 2 unit\(s\) fulfilled/,
        ],
        [["B-2", "b-2"], /b-2 is listed more than once/],
        [
          ["B-2", "FAR-1"],
          /FAR-1 is at location sloc_\w+, the fulfillment ships from/,
        ],
      ]
      for (const [serials, message] of cases) {
        const res = await fulfill(orderId, [{ id: lineId, quantity: 2 }], {
          [lineId]: serials,
        })
        expect({ status: res.status, code: res.data.code }).toEqual({
          status: 400,
          code: "serial_pick_invalid",
        })
        expect(res.data.message).toMatch(message)
        expect(await snapshot(orderId)).toEqual(before)
      }
      const shape = await fulfill(orderId, [{ id: lineId, quantity: 2 }], {
        [lineId]: "B-2" as any,
      })
      expect(shape.status).toBe(400)
      expect(await snapshot(orderId)).toEqual(before)
    })

    it("refuses tracked lines with neither serials nor allocated units, listing them", async () => {
      await s.receive(["S-1", "S-2"])
      const { orderId, line } = await placeOrder(
        [
          { variant_id: s.phone.variantId, quantity: 2 },
          { variant_id: s.tag.variantId, quantity: 1 },
        ],
        2
      )
      const phoneLine = line(s.phone.variantId)
      const tagLine = line(s.tag.variantId)
      // Checkout refuses a cart the units cannot cover: the line goes short afterwards.
      const [allocation] = await sql(
        getContainer(),
        `select id from serial_allocation where line_item_id = ? order by id limit 1`,
        [phoneLine]
      )
      await serialModule(getContainer()).releaseSerialAllocations([
        allocation.id,
      ])
      const before = await snapshot(orderId)
      const res = await fulfill(orderId, [
        { id: phoneLine, quantity: 2 },
        { id: tagLine, quantity: 1 },
      ])
      expect(res.status).toBe(400)
      expect(res.data.code).toBe("serial_numbers_required")
      expect(res.data.message).toContain(phoneLine)
      expect(res.data.message).toContain(tagLine)
      expect(await snapshot(orderId)).toEqual(before)
    })

    it("captures an unknown serial of an outbound item at pick, and a canceled fulfillment gives picked units back to their lines", async () => {
      await s.receive(["C-1"])
      const { orderId, line } = await placeOrder(
        [
          { variant_id: s.phone.variantId, quantity: 1 },
          { variant_id: s.tag.variantId, quantity: 1 },
          { variant_id: s.cable.variantId, quantity: 1 },
        ],
        1
      )
      const res = await fulfill(
        orderId,
        [
          { id: line(s.phone.variantId), quantity: 1 },
          { id: line(s.tag.variantId), quantity: 1 },
          { id: line(s.cable.variantId), quantity: 1 },
        ],
        { [line(s.tag.variantId)]: ["TAG-NEW-1"] }
      )
      expect({
        status: res.status,
        body: res.status === 200 ? null : res.data,
      }).toEqual({ status: 200, body: null })
      const [fulfillmentId] = await fulfillmentIds(orderId)
      expect(
        (await orderAllocations(getContainer(), orderId)).map((r: any) => [
          r.serial,
          r.stage,
          r.fulfillment_id,
        ])
      ).toEqual([
        ["C-1", "picked", fulfillmentId],
        ["TAG-NEW-1", "picked", fulfillmentId],
      ])
      expect((await events("TAG-NEW-1")).map((e) => [e.type, e.note])).toEqual([
        ["received", "captured at pick"],
        ["picked", null],
      ])

      const canceled = await admin(
        "POST",
        `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/cancel`
      )
      expect(canceled.status).toBe(200)
      expect(
        (await orderAllocations(getContainer(), orderId)).map((r: any) => [
          r.serial,
          r.status,
          r.stage,
          r.fulfillment_id,
        ])
      ).toEqual([
        ["C-1", "reserved", "allocated", null],
        ["TAG-NEW-1", "reserved", "allocated", null],
      ])
    })

    it("fulfills a line in parts, each part with its own units", async () => {
      await s.receive(["P-1", "P-2", "P-3"])
      const { orderId, line } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 2 }],
        2
      )
      const lineId = line(s.phone.variantId)
      expect(
        (
          await fulfill(orderId, [{ id: lineId, quantity: 1 }], {
            [lineId]: ["P-2"],
          })
        ).status
      ).toBe(200)
      expect(
        (await fulfill(orderId, [{ id: lineId, quantity: 1 }])).status
      ).toBe(200)
      const ids = await fulfillmentIds(orderId)
      const rows = await orderAllocations(getContainer(), orderId)
      expect(rows.map((r: any) => r.stage)).toEqual(["picked", "picked"])
      expect(new Set(rows.map((r: any) => r.fulfillment_id))).toEqual(
        new Set(ids)
      )
      expect(rows.map((r: any) => r.serial)).toEqual(["P-1", "P-2"])
    })

    it("picks units named by element strings and Digital Links, keeps AI-looking serials as typed, and refuses GTINs that are not the item's with nothing written", async () => {
      // The phone has a GTIN; the tag (captured at pick) has none.
      await setVariantCodes(getContainer(), s.phone.variantId, { ean: GTIN13 })
      await s.receive(["GS-1", "GS-2", "GS-3", "21ABC"])
      const { orderId, line } = await placeOrder(
        [
          { variant_id: s.phone.variantId, quantity: 3 },
          { variant_id: s.tag.variantId, quantity: 1 },
        ],
        3
      )
      const phoneLine = line(s.phone.variantId)
      const tagLine = line(s.tag.variantId)
      const items = [
        { id: phoneLine, quantity: 3 },
        { id: tagLine, quantity: 1 },
      ]
      const before = await snapshot(orderId)
      const cases: [Record<string, string[]>, string, string][] = [
        [
          {
            [phoneLine]: [`]C101${OTHER_GTIN}21GS-1`, "GS-2", "GS-3"],
            [tagLine]: ["TAG-1"],
          },
          "serial_scan_gtin_mismatch",
          `line ${phoneLine}: Scanned GTIN ${OTHER_GTIN} (serial "GS-1") does not match the item's GTIN ${GTIN}`,
        ],
        [
          {
            [phoneLine]: ["GS-1", "GS-2", "GS-3"],
            [tagLine]: [`https://id.gs1.org/01/${GTIN}/21/TAG-1`],
          },
          "serial_scan_gtin_mismatch",
          "which has no GTIN (ean, upc or barcode on its variants) to match",
        ],
        [
          {
            [phoneLine]: [`]C101${GTIN}10L1`, "GS-2", "GS-3"],
            [tagLine]: ["TAG-1"],
          },
          "serial_scan_invalid",
          "has no serial (AI 21)",
        ],
      ]
      for (const [serials, code, message] of cases) {
        const res = await fulfill(orderId, items, serials)
        expect([res.status, res.data.code]).toEqual([400, code])
        expect(res.data.message).toContain(message)
        expect(await snapshot(orderId)).toEqual(before)
      }

      const res = await fulfill(orderId, items, {
        [phoneLine]: [
          `]C101${GTIN}21GS-1${GS}10L1`,
          `https://id.gs1.org/01/${GTIN13}/21/gs-2?17=261231`,
          "21ABC",
        ],
        [tagLine]: ["0112345678901231"],
      })
      expect({
        status: res.status,
        body: res.status === 200 ? null : res.data,
      }).toEqual({ status: 200, body: null })
      expect(
        (await orderAllocations(getContainer(), orderId))
          .filter((r: any) => r.stage === "picked")
          .map((r: any) => [r.serial, r.line_item_id])
      ).toEqual([
        ["0112345678901231", tagLine],
        ["21ABC", phoneLine],
        ["GS-1", phoneLine],
        ["GS-2", phoneLine],
      ])
    })
  },
})
