import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { setSerialTrackingPolicyWorkflow } from "../../src/workflows/tracking-policies"
import { sql } from "./helpers/fixtures"
import { createSellingStore, SellingStore } from "./helpers/selling-store"
import { eventually, orderAllocations } from "./helpers/storefront"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let s: SellingStore

    /** What a completion left behind for a cart: orders, completion, payments, reservations, allocations. */
    const traces = async (cartId: string) => {
      const c = getContainer()
      const [cart] = await sql(
        c,
        `select completed_at from cart where id = ?`,
        [cartId]
      )
      const [{ n: orders }] = await sql(
        c,
        `select count(*)::int n from "order" where deleted_at is null`
      )
      const [{ n: links }] = await sql(
        c,
        `select count(*)::int n from order_cart where cart_id = ? and deleted_at is null`,
        [cartId]
      )
      const [{ n: payments }] = await sql(
        c,
        `select count(*)::int n from payment p
         join cart_payment_collection cpc on cpc.payment_collection_id = p.payment_collection_id
         where cpc.cart_id = ?`,
        [cartId]
      )
      const sessions = await sql(
        c,
        `select ps.status from payment_session ps
         join cart_payment_collection cpc on cpc.payment_collection_id = ps.payment_collection_id
         where cpc.cart_id = ?`,
        [cartId]
      )
      const [{ n: reservations }] = await sql(
        c,
        `select count(*)::int n from reservation_item where deleted_at is null`
      )
      const [{ n: allocations }] = await sql(
        c,
        `select count(*)::int n from serial_allocation`
      )
      return {
        completed: !!cart.completed_at,
        orders,
        links,
        payments,
        sessions: sessions.map((r: any) => r.status),
        reservations,
        allocations,
      }
    }

    const unitStatuses = (inventoryItemId: string) =>
      sql(
        getContainer(),
        `select serial, status from serial_number where inventory_item_id = ? order by serial`,
        [inventoryItemId]
      )

    beforeEach(async () => {
      s = await createSellingStore(api, getContainer())
      // Medusa stocks 50 phones; only two units are on the shelf.
      await s.receive(["CK-1", "CK-2"])
    })

    it("refuses a cart whose tracked line needs more units than are in stock, naming the item, and writes nothing", async () => {
      const res = await s.kit.checkout(s.store, [
        { variant_id: s.phone.variantId, quantity: 3 },
        { variant_id: s.cable.variantId, quantity: 1 },
      ])
      expect(res.status).toBe(400)
      expect(res.body.code).toBe("serial_units_unavailable")
      expect(res.body.message).toContain("SKU PHONE")
      expect(res.body.message).toContain(s.phone.inventoryItemId)
      expect(res.body.message).toContain(s.store.locationId)
      expect(res.body.message).toContain("needs 3 unit(s)")
      expect(res.body.message).toContain("2 available")
      expect(res.body.message).not.toContain("CABLE")
      expect(res.order).toBeNull()
      expect(await traces(res.cartId)).toEqual({
        completed: false,
        orders: 0,
        links: 0,
        payments: 0,
        sessions: ["pending"],
        reservations: 0,
        allocations: 0,
      })
      expect(await unitStatuses(s.phone.inventoryItemId!)).toEqual([
        { serial: "CK-1", status: "in_stock" },
        { serial: "CK-2", status: "in_stock" },
      ])
    })

    it("places a cart the units cover; its tracked line gets them, and completing it again returns the same order", async () => {
      const res = await s.kit.checkout(s.store, [
        { variant_id: s.phone.variantId, quantity: 2 },
      ])
      expect({ status: res.status, type: res.body.type }).toEqual({
        status: 200,
        type: "order",
      })
      const rows = await eventually(
        () => orderAllocations(getContainer(), res.order.id),
        (r) => r.length === 2
      )
      expect(rows).toEqual([
        expect.objectContaining({ serial: "CK-1", status: "reserved" }),
        expect.objectContaining({ serial: "CK-2", status: "reserved" }),
      ])
      // No unit is free now; a second completion of the completed cart is not re-checked.
      const again = await api.post(
        `/store/carts/${res.cartId}/complete`,
        {},
        { headers: { "x-publishable-api-key": s.store.publishableKey } }
      )
      expect(again.status).toBe(200)
      expect(again.data).toEqual(
        expect.objectContaining({
          type: "order",
          order: expect.objectContaining({ id: res.order.id }),
        })
      )
      expect((await traces(res.cartId)).orders).toBe(1)
    })

    it("checks the whole cart at once: two lines of one item share its units", async () => {
      const res = await s.kit.checkout(s.store, [
        { variant_id: s.phone.variantId, quantity: 1 },
        { variant_id: s.cable.variantId, quantity: 1 },
      ])
      expect(res.status).toBe(200)
      // One unit left; a cart of 2 is refused, and says 1 is available.
      const refused = await s.kit.checkout(s.store, [
        { variant_id: s.phone.variantId, quantity: 2 },
      ])
      expect(refused.status).toBe(400)
      expect(refused.body.message).toContain("1 available")
      expect((await traces(refused.cartId)).completed).toBe(false)
    })

    it("leaves untracked and outbound items alone: no units, order placed", async () => {
      const res = await s.kit.checkout(s.store, [
        { variant_id: s.cable.variantId, quantity: 3 },
        { variant_id: s.tag.variantId, quantity: 3 },
      ])
      expect({ status: res.status, type: res.body.type }).toEqual({
        status: 200,
        type: "order",
      })
      const [{ n }] = await sql(
        getContainer(),
        `select count(*)::int n from "order" where id = ?`,
        [res.order.id]
      )
      expect(n).toBe(1)
    })

    it("does not check an item under the manual strategy: the order is placed and no unit allocated", async () => {
      await setSerialTrackingPolicyWorkflow(getContainer()).run({
        input: {
          inventory_item_id: s.phone.inventoryItemId!,
          allocation_strategy: "manual",
        },
      })
      const res = await s.kit.checkout(s.store, [
        { variant_id: s.phone.variantId, quantity: 3 },
      ])
      expect({ status: res.status, type: res.body.type }).toEqual({
        status: 200,
        type: "order",
      })
      const [{ n }] = await sql(
        getContainer(),
        `select count(*)::int n from reservation_item where line_item_id = ? and deleted_at is null`,
        [res.order.items[0].id]
      )
      expect(n).toBe(1)
      expect(await orderAllocations(getContainer(), res.order.id)).toEqual([])
      expect(await unitStatuses(s.phone.inventoryItemId!)).toEqual([
        { serial: "CK-1", status: "in_stock" },
        { serial: "CK-2", status: "in_stock" },
      ])
    })
  },
})
