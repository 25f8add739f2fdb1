import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createSerialTemplatesWorkflow } from "../../src/workflows/serial-templates"
import { setSerialTrackingPolicyWorkflow } from "../../src/workflows/tracking-policies"
import { sql } from "./helpers/fixtures"
import { orderFlow } from "./helpers/order-flow"
import { createSellingStore, SellingStore } from "./helpers/selling-store"
import { eventually, orderAllocations } from "./helpers/storefront"

jest.setTimeout(240000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let s: SellingStore

    const { admin, fulfillAndShip, events } = orderFlow(
      api,
      getContainer,
      () => s
    )

    beforeEach(async () => {
      s = await createSellingStore(api, getContainer())
      const { result } = await createSerialTemplatesWorkflow(
        getContainer()
      ).run({
        input: {
          templates: [
            {
              name: "Traced phones",
              warranty_months: 12,
              attributes: [{ key: "firmware", type: "text" }],
            },
          ],
        },
      })
      await setSerialTrackingPolicyWorkflow(getContainer()).run({
        input: {
          inventory_item_id: s.phone.inventoryItemId!,
          mode: "full",
          template_id: result[0].id,
        },
      })
    })

    const ok = async (p: Promise<any>) => {
      const res = await p
      if (res.status >= 300) throw new Error(JSON.stringify(res.data))
      return res.data
    }

    /** Phones received at the store's location with these receipt fields. */
    const receive = (serials: string[], fields: Record<string, unknown>) =>
      ok(
        admin("POST", "/admin/serial-receipts", {
          inventory_item_id: s.phone.inventoryItemId,
          stock_location_id: s.store.locationId,
          serials,
          ...fields,
        })
      )

    /** A storefront order of `quantity` phones by `email`, once its units are allocated. */
    const buy = async (email: string, quantity = 1) => {
      const { order, body } = await s.kit.checkout(
        s.store,
        [{ variant_id: s.phone.variantId, quantity }],
        { email }
      )
      if (!order) throw new Error(`checkout refused: ${JSON.stringify(body)}`)
      await eventually(
        () => orderAllocations(getContainer(), order.id),
        (rows) =>
          rows.filter((r: any) => r.stage === "allocated").length >= quantity
      )
      const lineId = order.items[0].id as string
      return { orderId: order.id as string, lineId, quantity }
    }

    /** Buys and ships: the order's allocated units leave on one fulfillment. */
    const sold = async (email: string, quantity = 1) => {
      const o = await buy(email, quantity)
      await fulfillAndShip(o.orderId, [{ id: o.lineId, quantity }])
      return o
    }

    /** A Medusa return of the line, received, with the unit recorded and restocked. */
    const returnAndRestock = async (
      orderId: string,
      lineId: string,
      serial: string
    ) => {
      const { return: r } = await ok(
        admin("POST", "/admin/returns", {
          order_id: orderId,
          location_id: s.store.locationId,
        })
      )
      await ok(
        admin("POST", `/admin/returns/${r.id}/request-items`, {
          items: [{ id: lineId, quantity: 1 }],
        })
      )
      await ok(admin("POST", `/admin/returns/${r.id}/request`, {}))
      await ok(admin("POST", `/admin/returns/${r.id}/receive`, {}))
      await ok(
        admin("POST", `/admin/returns/${r.id}/receive-items`, {
          items: [{ id: lineId, quantity: 1 }],
        })
      )
      await ok(admin("POST", `/admin/returns/${r.id}/receive/confirm`, {}))
      await ok(
        admin("POST", `/admin/returns/${r.id}/serial-numbers`, {
          serials: [{ serial, disposition: "restock" }],
        })
      )
      return r.id as string
    }

    const unitId = async (serial: string) =>
      (
        await sql(
          getContainer(),
          `select id from serial_number where serial = ?`,
          [serial]
        )
      )[0].id as string

    const orderRow = async (orderId: string) =>
      (
        await sql(
          getContainer(),
          `select id, display_id, customer_id, email from "order" where id = ?`,
          [orderId]
        )
      )[0]

    const trace = (id: string, query = "") =>
      admin("GET", `/admin/serial-numbers/${id}/trace${query}`)

    const traceability = (query: string) =>
      admin("GET", `/admin/serial-traceability?${query}`)

    /** SQL statements a request costs. */
    const statementsOf = async (run: () => Promise<any>) => {
      const pg = getContainer().resolve(
        ContainerRegistrationKeys.PG_CONNECTION
      ) as any
      let count = 0
      const listener = () => count++
      pg.on("query", listener)
      try {
        const res = await run()
        expect(res.status).toBe(200)
      } finally {
        pg.removeListener("query", listener)
      }
      return count
    }

    it("traces a unit received, sold, shipped, returned, restocked and sold again: both orders in order, every event, in a constant number of statements", async () => {
      await receive(["T-1"], {
        lot: "LOT-A",
        supplier_reference: "SUP-1",
        receipt_reference: "RCPT-1",
        attributes: { firmware: "1.0" },
      })
      const first = await sold("alice@example.com")
      const returnId = await returnAndRestock(
        first.orderId,
        first.lineId,
        "T-1"
      )
      const second = await sold("bob@example.com")
      await receive(["T-2"], { lot: "LOT-B" })
      const third = await sold("carol@example.com")

      const id = await unitId("T-1")
      const res = await trace(id)
      expect(res.status).toBe(200)
      const body = res.data
      expect(body.serial_number).toEqual(
        expect.objectContaining({ id, serial: "T-1", status: "sold" })
      )
      expect(body.receipt).toEqual({
        receipt_reference: "RCPT-1",
        supplier_reference: "SUP-1",
        lot: "LOT-A",
        stock_location_id: s.store.locationId,
        stock_location_name: expect.any(String),
        received_at: expect.any(String),
        event_id: expect.stringMatching(/^sev_/),
        manifest: null,
      })

      const alice = await orderRow(first.orderId)
      const bob = await orderRow(second.orderId)
      expect(alice.email).toBe("alice@example.com")
      expect(
        body.orders.map((o: any) => [
          o.order_id,
          o.display_id,
          o.customer_id,
          o.email,
          o.line_item_id,
          o.stage,
          o.return_id,
          o.disposition,
          o.resale,
        ])
      ).toEqual([
        [
          first.orderId,
          alice.display_id,
          alice.customer_id,
          "alice@example.com",
          first.lineId,
          "returned",
          returnId,
          "restock",
          false,
        ],
        [
          second.orderId,
          bob.display_id,
          bob.customer_id,
          "bob@example.com",
          second.lineId,
          "shipped",
          null,
          null,
          true,
        ],
      ])
      expect(body.orders[0].fulfillment_id).toMatch(/^ful_/)
      expect(body.orders[0].line_item_title).toEqual(expect.any(String))
      expect(
        new Date(body.orders[0].shipped_at) <
          new Date(body.orders[1].shipped_at)
      ).toBe(true)

      // Every event of the unit, oldest first, each with its order's customer.
      const stored = await events("T-1")
      expect(body.events.map((e: any) => [e.type, e.order_id])).toEqual(
        stored.map((e: any) => [e.type, e.order_id])
      )
      expect(body.events.map((e: any) => e.type)).toEqual([
        "received",
        "allocated",
        "picked",
        "shipped",
        "returned",
        "restocked",
        "allocated",
        "picked",
        "shipped",
      ])
      const emails = body.events.map((e: any) => e.order_email)
      expect(emails).toEqual([
        null,
        ...Array(5).fill("alice@example.com"),
        ...Array(3).fill("bob@example.com"),
      ])
      expect(body.events[1].order_display_id).toBe(alice.display_id)

      // T-2 went to one order; T-1 to two with a return: the same statements.
      const other = await unitId("T-2")
      const otherTrace = await trace(other)
      expect(otherTrace.data.orders.map((o: any) => o.order_id)).toEqual([
        third.orderId,
      ])
      const one = await statementsOf(() => trace(other))
      const two = await statementsOf(() => trace(id))
      expect(one).toBeGreaterThan(0)
      expect(two).toBe(one)

      const missing = await trace("sn_nope")
      expect({ status: missing.status, code: missing.data.code }).toEqual({
        status: 404,
        code: "serial_number_not_found",
      })
      const extra = await trace(id, "?foo=1")
      expect({ status: extra.status, code: extra.data.code }).toEqual({
        status: 400,
        code: "serial_request_invalid",
      })
      expect(extra.data.message).toMatch(/unknown field "foo"/)
    })

    it("lists exactly the orders and customers that received units of a lot, supplier, receipt or attribute value, paginated", async () => {
      await receive(["A-1"], {
        lot: "LOT-A",
        supplier_reference: "SUP-1",
        attributes: { firmware: "1.0" },
      })
      const alice = await sold("alice@example.com")
      await receive(["A-2", "A-3"], {
        lot: "LOT-A",
        supplier_reference: "SUP-1",
        receipt_reference: "RCPT-2",
        attributes: { firmware: "2.0" },
      })
      const bob = await sold("bob@example.com", 2)
      // Allocated but never shipped: Dave did not receive a unit.
      await receive(["A-5"], {
        lot: "LOT-A",
        supplier_reference: "SUP-2",
        attributes: { firmware: "1.0" },
      })
      const dave = await buy("dave@example.com")
      await receive(["C-1"], {
        lot: "LOT-C",
        supplier_reference: "SUP-2",
        attributes: { firmware: "3.0" },
      })
      const carol = await sold("carol@example.com")
      await receive(["A-4"], { lot: "LOT-A", supplier_reference: "SUP-1" })
      expect(
        (await orderAllocations(getContainer(), dave.orderId)).map((r: any) => [
          r.serial,
          r.stage,
        ])
      ).toEqual([["A-5", "allocated"]])
      expect(
        (await orderAllocations(getContainer(), carol.orderId)).map(
          (r: any) => r.serial
        )
      ).toEqual(["C-1"])

      const lot = await traceability("lot=LOT-A")
      expect(lot.status).toBe(200)
      expect(lot.data.selector).toEqual({ field: "lot", value: "LOT-A" })
      expect(lot.data.units.count).toBe(5)
      expect(lot.data.units.per_status).toEqual(
        expect.objectContaining({ sold: 3, reserved: 1, in_stock: 1 })
      )
      expect(lot.data.count).toBe(2)
      const a = await orderRow(alice.orderId)
      const b = await orderRow(bob.orderId)
      expect(
        lot.data.orders.map((o: any) => [
          o.order_id,
          o.display_id,
          o.customer_id,
          o.email,
          o.serial_numbers.map((u: any) => [u.serial, u.stage]),
        ])
      ).toEqual([
        [
          alice.orderId,
          a.display_id,
          a.customer_id,
          "alice@example.com",
          [["A-1", "shipped"]],
        ],
        [
          bob.orderId,
          b.display_id,
          b.customer_id,
          "bob@example.com",
          [
            ["A-2", "shipped"],
            ["A-3", "shipped"],
          ],
        ],
      ])
      expect(lot.data.orders[0].shipped_at).toEqual(expect.any(String))
      expect(lot.data.customers).toEqual([
        {
          customer_id: a.customer_id,
          email: "alice@example.com",
          order_count: 1,
          unit_count: 1,
        },
        {
          customer_id: b.customer_id,
          email: "bob@example.com",
          order_count: 1,
          unit_count: 2,
        },
      ])

      const page = await traceability("lot=LOT-A&limit=1&offset=1")
      expect(page.data.orders.map((o: any) => o.order_id)).toEqual([
        bob.orderId,
      ])
      expect({
        count: page.data.count,
        customers: page.data.customers.length,
      }).toEqual({ count: 2, customers: 2 })

      const emailsOf = async (query: string) => {
        const res = await traceability(query)
        expect(res.status).toBe(200)
        return res.data.customers.map((c: any) => c.email).sort()
      }
      expect(await emailsOf("supplier_reference=SUP-1")).toEqual([
        "alice@example.com",
        "bob@example.com",
      ])
      expect(await emailsOf("supplier_reference=SUP-2")).toEqual([
        "carol@example.com",
      ])
      expect(await emailsOf("receipt_reference=RCPT-2")).toEqual([
        "bob@example.com",
      ])
      expect(await emailsOf("attribute=firmware:2.0")).toEqual([
        "bob@example.com",
      ])
      expect(
        await emailsOf(`attribute=${encodeURIComponent("firmware:1.0")}`)
      ).toEqual(["alice@example.com"])
      expect(await emailsOf("lot=LOT-C")).toEqual(["carol@example.com"])
      const none = await traceability("lot=NO-SUCH-LOT")
      expect({
        units: none.data.units.count,
        orders: none.data.orders,
        count: none.data.count,
        customers: none.data.customers,
      }).toEqual({ units: 0, orders: [], count: 0, customers: [] })

      // As many statements for a lot on two orders as for one on none.
      const big = await statementsOf(() => traceability("lot=LOT-A"))
      const small = await statementsOf(() => traceability("lot=LOT-C"))
      expect(big).toBe(small)
    })

    it("names the manifest a unit was received on, and traces the manifest's units by its receipt reference", async () => {
      const { serial_inbound: inbound } = await ok(
        admin("POST", "/admin/serial-inbounds", {
          stock_location_id: s.store.locationId,
          reference: "ASN-7",
          supplier_reference: "ACME",
          lines: [
            {
              inventory_item_id: s.phone.inventoryItemId,
              serials: ["M-1", "M-2"],
              attributes: { firmware: "4.0" },
            },
          ],
        })
      )
      await ok(
        admin("POST", `/admin/serial-inbounds/${inbound.id}/scans`, {
          serials: ["M-1", "M-2"],
        })
      )
      await ok(admin("POST", `/admin/serial-inbounds/${inbound.id}/confirm`))
      const erin = await sold("erin@example.com")

      const res = await trace(await unitId("M-1"))
      expect(res.status).toBe(200)
      expect(res.data.receipt).toEqual(
        expect.objectContaining({
          receipt_reference: inbound.id,
          supplier_reference: "ACME",
          stock_location_id: s.store.locationId,
          manifest: {
            id: inbound.id,
            reference: "ASN-7",
            supplier_reference: "ACME",
            status: "confirmed",
            confirmed_at: expect.any(String),
          },
        })
      )
      const set = await traceability(`receipt_reference=${inbound.id}`)
      expect(set.data.units.count).toBe(2)
      expect(set.data.orders.map((o: any) => o.order_id)).toEqual([
        erin.orderId,
      ])
      expect(set.data.customers.map((c: any) => c.email)).toEqual([
        "erin@example.com",
      ])
    })

    it("refuses a traceability query without exactly one good selector, naming the problem", async () => {
      const cases: [string, RegExp][] = [
        [
          "",
          /give exactly one selector: lot, supplier_reference, receipt_reference, attribute/,
        ],
        ["lot=L1&supplier_reference=S1", /got lot and supplier_reference/],
        ["attribute=firmware", /attribute: must be "key:value"/],
        ["attribute=:1.0", /attribute: must be "key:value"/],
        ["lot=", /lot: must not be empty/],
        ["lot=L1&colour=red", /unknown field "colour"/],
        ["lot=L1&limit=0", /limit/],
      ]
      for (const [query, message] of cases) {
        const res = await traceability(query)
        expect({ query, status: res.status, code: res.data.code }).toEqual({
          query,
          status: 400,
          code: "serial_request_invalid",
        })
        expect(res.data.message).toMatch(message)
      }
    })
  },
})
