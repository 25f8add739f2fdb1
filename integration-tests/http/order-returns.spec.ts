import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { sql } from "./helpers/fixtures"
import { GTIN, GTIN13, OTHER_GTIN, setVariantCodes } from "./helpers/gtins"
import { orderFlow } from "./helpers/order-flow"
import { createSellingStore, SellingStore } from "./helpers/selling-store"
import { eventually, orderAllocations } from "./helpers/storefront"

jest.setTimeout(180000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let s: SellingStore

    beforeEach(async () => {
      s = await createSellingStore(api, getContainer())
    })

    const { admin, placeOrder, fulfillAndShip, events, snapshot } = orderFlow(
      api,
      getContainer,
      () => s
    )

    /** A requested (and, with `receive`, received) Medusa return of `quantity` of a line. */
    const requestReturn = async (
      orderId: string,
      lineId: string,
      quantity: number,
      { receive = false } = {}
    ) => {
      const ok = async (p: Promise<any>) => {
        const res = await p
        if (res.status !== 200) throw new Error(JSON.stringify(res.data))
        return res.data
      }
      const { return: r } = await ok(
        admin("POST", "/admin/returns", {
          order_id: orderId,
          location_id: s.store.locationId,
        })
      )
      await ok(
        admin("POST", `/admin/returns/${r.id}/request-items`, {
          items: [{ id: lineId, quantity }],
        })
      )
      await ok(admin("POST", `/admin/returns/${r.id}/request`, {}))
      if (receive) {
        await ok(admin("POST", `/admin/returns/${r.id}/receive`, {}))
        await ok(
          admin("POST", `/admin/returns/${r.id}/receive-items`, {
            items: [{ id: lineId, quantity }],
          })
        )
        await ok(admin("POST", `/admin/returns/${r.id}/receive/confirm`, {}))
      }
      return r.id as string
    }

    const record = (returnId: string, serials: unknown[]) =>
      admin("POST", `/admin/returns/${returnId}/serial-numbers`, { serials })

    const level = async () => {
      const [row] = await sql(
        getContainer(),
        `select stocked_quantity from inventory_level where inventory_item_id = ? and location_id = ?`,
        [s.phone.inventoryItemId, s.store.locationId]
      )
      return Number(row.stocked_quantity)
    }

    /** Each unit of the order: serial, status, allocation stage and return. */
    const returnStates = async (orderId: string) =>
      (await orderAllocations(getContainer(), orderId)).map((r: any) => [
        r.serial,
        r.status,
        r.stage,
        r.return_id,
      ])

    const shippedOrder = async (serials: string[], quantity: number) => {
      await s.receive(serials)
      const { orderId, line } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity }],
        quantity
      )
      const lineId = line(s.phone.variantId)
      await fulfillAndShip(orderId, [{ id: lineId, quantity }])
      return { orderId, lineId }
    }

    it("records a returned unit against the return, refusing with a 400 naming each bad serial and writing nothing", async () => {
      const { orderId, lineId } = await shippedOrder(["R-1", "R-2", "R-3"], 2)
      const other = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 1 }],
        1
      )
      const returnId = await requestReturn(orderId, lineId, 1)

      const ok = await record(returnId, [{ serial: "r-1", note: "box dented" }])
      expect(ok.status).toBe(200)
      expect(ok.data.serial_numbers).toEqual([
        expect.objectContaining({ serial: "R-1", return_id: returnId }),
      ])
      expect(await returnStates(orderId)).toEqual([
        ["R-1", "returned", "returned", returnId],
        ["R-2", "sold", "shipped", null],
      ])
      expect((await events("R-1")).at(-1)).toEqual(
        expect.objectContaining({
          type: "returned",
          from_status: "sold",
          to_status: "returned",
          return_id: returnId,
          order_id: orderId,
          note: "box dented",
        })
      )

      const before = await snapshot(orderId)
      const cases: [unknown[], RegExp][] = [
        [[{ serial: "R-2" }], /the return takes 1 unit\(s\), 2 serial\(s\)/],
        [[{ serial: "R-1" }], /R-1 is already recorded on this return/],
        [
          [{ serial: "R-3" }],
          new RegExp(`R-3 never shipped on order ${orderId}`),
        ],
        [[{ serial: "NOPE" }], /NOPE is not a known unit/],
        [
          [{ serial: "R-2", disposition: "restock" }],
          /needs the return received in Medusa first/,
        ],
      ]
      for (const [serials, message] of cases) {
        const res = await record(returnId, serials)
        expect({ status: res.status, code: res.data.code }).toEqual({
          status: 400,
          code: "serial_return_invalid",
        })
        expect(res.data.message).toMatch(message)
        expect(await snapshot(orderId)).toEqual(before)
      }
      const bad = await record(returnId, [
        { serial: "R-2", disposition: "lost" },
      ])
      expect(bad.status).toBe(400)
      const missing = await record("ret_nope", [{ serial: "R-2" }])
      expect({ status: missing.status, code: missing.data.code }).toEqual({
        status: 404,
        code: "return_not_found",
      })
      expect(other.orderId).toBeTruthy()
      expect(await snapshot(orderId)).toEqual(before)
    })

    it("a return received without serials awaits verification; restock and defective dispositions follow, defective leaves stock", async () => {
      const { orderId, lineId } = await shippedOrder(["D-1", "D-2"], 2)
      const returnId = await requestReturn(orderId, lineId, 2, {
        receive: true,
      })
      const awaiting = await eventually(
        async () =>
          (
            await sql(
              getContainer(),
              `select metadata from "return" where id = ?`,
              [returnId]
            )
          )[0].metadata?.serial_verification,
        (v) => !!v
      )
      expect(awaiting).toEqual({ status: "awaiting", expected: 2, recorded: 0 })
      const read = await admin("GET", `/admin/orders/${orderId}/serial-numbers`)
      expect(read.data.returns).toEqual([
        {
          id: returnId,
          status: "received",
          serial_verification: { status: "awaiting", expected: 2, recorded: 0 },
        },
      ])
      const stockedAfterReceipt = await level()

      const res = await record(returnId, [
        { serial: "D-1", disposition: "restock" },
        { serial: "D-2", disposition: "defective", note: "screen dead" },
      ])
      expect(res.status).toBe(200)
      expect(res.data.serial_verification).toEqual({
        status: "verified",
        expected: 2,
        recorded: 2,
      })
      const units = await sql(
        getContainer(),
        `select serial, status, stock_location_id from serial_number order by serial`
      )
      expect(units).toEqual([
        {
          serial: "D-1",
          status: "in_stock",
          stock_location_id: s.store.locationId,
        },
        {
          serial: "D-2",
          status: "defective",
          stock_location_id: s.store.locationId,
        },
      ])
      expect((await events("D-2")).slice(-2).map((e) => e.type)).toEqual([
        "returned",
        "marked_defective",
      ])
      expect(await level()).toBe(stockedAfterReceipt - 1)
    })

    it("records returned units named by scans, keeps AI-looking serials as typed, and refuses a GTIN that is not the unit's item's with nothing written", async () => {
      await setVariantCodes(getContainer(), s.phone.variantId, { ean: GTIN13 })
      const { orderId, lineId } = await shippedOrder(["10-200", "RS-2"], 2)
      const returnId = await requestReturn(orderId, lineId, 2)
      const before = await snapshot(orderId)
      const cases: [string, string, string][] = [
        [
          `]C101${OTHER_GTIN}21RS-2`,
          "serial_scan_gtin_mismatch",
          `Scanned GTIN ${OTHER_GTIN} (serial "RS-2") does not match the item's GTIN ${GTIN}`,
        ],
        [`(01)${GTIN}(10)L1`, "serial_scan_invalid", "has no serial (AI 21)"],
      ]
      for (const [scan, code, message] of cases) {
        const res = await record(returnId, [
          { serial: "10-200" },
          { serial: scan },
        ])
        expect([res.status, res.data.code]).toEqual([400, code])
        expect(res.data.message).toContain(message)
        expect(await snapshot(orderId)).toEqual(before)
      }
      const ok = await record(returnId, [
        { serial: "10-200" },
        { serial: `https://id.gs1.org/01/${GTIN13}/21/rs-2?10=L1` },
      ])
      expect(ok.status).toBe(200)
      expect(await returnStates(orderId)).toEqual([
        ["10-200", "returned", "returned", returnId],
        ["RS-2", "returned", "returned", returnId],
      ])
    })
  },
})
