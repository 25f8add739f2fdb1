import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { orderFlow } from "./helpers/order-flow"
import { createSellingStore, SellingStore } from "./helpers/selling-store"
import { eventually, orderAllocations } from "./helpers/storefront"

jest.setTimeout(240000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let s: SellingStore

    beforeEach(async () => {
      s = await createSellingStore(api, getContainer())
    })

    const { admin, fulfillAndShip } = orderFlow(api, getContainer, () => s)

    const call = (method: string, url: string, data: unknown, headers = {}) =>
      api.request({ method, url, data, headers, validateStatus: () => true })

    /** A registered, logged-in customer: the store headers with their bearer token. */
    const customer = async (email: string) => {
      const password = "serial-pass-1"
      const key = { "x-publishable-api-key": s.store.publishableKey }
      const reg = await call("POST", "/auth/customer/emailpass/register", {
        email,
        password,
      })
      const created = await call(
        "POST",
        "/store/customers",
        { email, first_name: email.split("@")[0] },
        { ...key, authorization: `Bearer ${reg.data.token}` }
      )
      if (created.status !== 200) throw new Error(JSON.stringify(created.data))
      const login = await call("POST", "/auth/customer/emailpass", {
        email,
        password,
      })
      return { ...key, authorization: `Bearer ${login.data.token}` }
    }

    /** A storefront checkout of `quantity` phones (as `headers`' customer, or a guest), fulfilled and shipped. */
    const buyPhones = async (
      quantity: number,
      headers?: Record<string, string>
    ) => {
      const cart = await s.kit.prepareCart(
        s.store,
        [{ variant_id: s.phone.variantId!, quantity }],
        {
          beforePayment: async ({ cartId }: { cartId: string }) => {
            if (!headers) return
            const res = await call(
              "POST",
              `/store/carts/${cartId}/customer`,
              {},
              headers
            )
            if (res.status !== 200) throw new Error(JSON.stringify(res.data))
          },
        }
      )
      const { order, body } = await s.kit.completeCart(cart)
      if (!order) throw new Error(`checkout refused: ${JSON.stringify(body)}`)
      await eventually(
        () => orderAllocations(getContainer(), order.id),
        (rows) => rows.length >= quantity
      )
      const lineId = order.items[0].id
      await fulfillAndShip(order.id, [{ id: lineId, quantity }])
      const serials = (await orderAllocations(getContainer(), order.id)).map(
        (r: any) => r.serial as string
      )
      return { order, lineId, serials }
    }

    const mine = (headers: Record<string, string>, query = "") =>
      call(
        "GET",
        `/store/customers/me/serial-numbers${query}`,
        undefined,
        headers
      )

    it("lists exactly the units shipped on the customer's own orders, a returned one as returned without warranty", async () => {
      await s.receive(["C-1", "C-2", "C-3", "C-4", "C-5"])
      const ada = await customer("ada@example.com")
      const bob = await customer("bob@example.com")
      const adas = await buyPhones(2, ada)
      const bobs = await buyPhones(1, bob)
      const guests = await buyPhones(1)
      expect(
        [...adas.serials, ...bobs.serials, ...guests.serials].sort()
      ).toEqual(["C-1", "C-2", "C-3", "C-4"])

      // Ada sends one unit back: recorded on a Medusa return.
      const { data: created } = await admin("POST", "/admin/returns", {
        order_id: adas.order.id,
        location_id: s.store.locationId,
      })
      const returnId = created.return.id
      await admin("POST", `/admin/returns/${returnId}/request-items`, {
        items: [{ id: adas.lineId, quantity: 1 }],
      })
      await admin("POST", `/admin/returns/${returnId}/request`, {})
      const [returned, kept] = adas.serials
      const recorded = await admin(
        "POST",
        `/admin/returns/${returnId}/serial-numbers`,
        { serials: [{ serial: returned }] }
      )
      expect(recorded.status).toBe(200)

      const res = await mine(ada)
      expect(res.status).toBe(200)
      expect(res.data).toEqual({
        serial_numbers: expect.any(Array),
        count: 2,
        limit: 20,
        offset: 0,
      })
      const bySerial = Object.fromEntries(
        res.data.serial_numbers.map((u: any) => [u.serial, u])
      )
      expect(Object.keys(bySerial).sort()).toEqual([...adas.serials].sort())
      expect(bySerial[kept]).toEqual({
        serial: kept,
        state: "shipped",
        product: { id: s.phone.productId, title: "Phone" },
        variant: {
          id: s.phone.variantId,
          title: expect.any(String),
          sku: "PHONE",
        },
        order: { id: adas.order.id, display_id: adas.order.display_id },
        shipped_at: expect.any(String),
        delivered_at: null,
        returned_at: null,
        warranty: {
          status: "active",
          starts_at: expect.any(String),
          expires_at: expect.any(String),
        },
      })
      const { starts_at, expires_at } = bySerial[kept].warranty
      const months =
        (new Date(expires_at).getUTCFullYear() -
          new Date(starts_at).getUTCFullYear()) *
          12 +
        new Date(expires_at).getUTCMonth() -
        new Date(starts_at).getUTCMonth()
      expect(months).toBe(24)
      expect(bySerial[returned]).toEqual(
        expect.objectContaining({
          state: "returned",
          returned_at: expect.any(String),
          warranty: { status: "none", starts_at: null, expires_at: null },
        })
      )

      const bobsView = await mine(bob)
      expect(bobsView.data.count).toBe(1)
      expect(bobsView.data.serial_numbers.map((u: any) => u.serial)).toEqual(
        bobs.serials
      )
      expect(JSON.stringify(bobsView.data)).not.toMatch(/ada@|Ada|buyer@/)

      // Pages: newest shipment first, then serial; the count is the total.
      const first = await mine(ada, "?limit=1")
      const second = await mine(ada, "?limit=1&offset=1")
      const past = await mine(ada, "?limit=1&offset=5")
      expect([first.data.count, second.data.count, past.data.count]).toEqual([
        2, 2, 2,
      ])
      expect(
        [first, second].map((r) => r.data.serial_numbers[0].serial).sort()
      ).toEqual([...adas.serials].sort())
      expect(past.data.serial_numbers).toEqual([])
    })

    it("answers 401 without a logged-in customer and 400 naming a bad page", async () => {
      const key = { "x-publishable-api-key": s.store.publishableKey }
      const anonymous = await mine(key)
      expect(anonymous.status).toBe(401)
      expect(JSON.stringify(anonymous.data)).not.toMatch(/serial_numbers/)
      const forged = await mine({ ...key, authorization: "Bearer nonsense" })
      expect(forged.status).toBe(401)

      const ada = await customer("ada@example.com")
      const none = await mine(ada)
      expect(none.data).toEqual({
        serial_numbers: [],
        count: 0,
        limit: 20,
        offset: 0,
      })
      for (const [query, field] of [
        ["?limit=0", /limit/],
        ["?limit=101", /limit/],
        ["?offset=-1", /offset/],
        ["?customer_id=cus_x", /customer_id/],
      ] as const) {
        const res = await mine(ada, query)
        expect([query, res.status, res.data.code]).toEqual([
          query,
          400,
          "serial_request_invalid",
        ])
        expect(res.data.message).toMatch(field)
      }
    })
  },
})
