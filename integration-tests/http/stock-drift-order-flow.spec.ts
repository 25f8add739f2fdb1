import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { sql } from "./helpers/fixtures"
import { orderFlow } from "./helpers/order-flow"
import { createSellingStore, SellingStore } from "./helpers/selling-store"
import { setStockedQuantity, stockedQuantity } from "./helpers/stock-levels"

jest.setTimeout(240000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let s: SellingStore

    beforeEach(async () => {
      s = await createSellingStore(api, getContainer())
    })

    const { admin, placeOrder, fulfill, fulfillmentIds, fulfillAndShip } =
      orderFlow(api, getContainer, () => s)

    const ok = async (p: Promise<any>) => {
      const res = await p
      if (res.status !== 200) throw new Error(JSON.stringify(res.data))
      return res.data
    }
    const level = () =>
      stockedQuantity(
        getContainer(),
        s.phone.inventoryItemId!,
        s.store.locationId
      )
    const drift = async () =>
      (
        await ok(
          admin(
            "GET",
            `/admin/serial-inventory/stock-drift?inventory_item_id=${s.phone.inventoryItemId}`
          )
        )
      ).stock_drift
    /** Medusa's level and the drift report, at one point of the flow. */
    const state = async () => ({ level: await level(), drift: await drift() })

    it("Medusa's order flow and the plugin's routes keep the level equal to the units", async () => {
      const units = await s.receive(["OF-1", "OF-2", "OF-3"])
      // In step whether or not receiving raises the level itself.
      await setStockedQuantity(
        getContainer(),
        s.phone.inventoryItemId!,
        s.store.locationId,
        3
      )
      expect(await state()).toEqual({ level: 3, drift: [] })

      const { orderId, line } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 2 }],
        2
      )
      const lineId = line(s.phone.variantId)
      expect(await state()).toEqual({ level: 3, drift: [] }) // allocated: still stock

      // Fulfill (Medusa lowers the level, the units are picked), then cancel it.
      await ok(fulfill(orderId, [{ id: lineId, quantity: 2 }]))
      expect(await state()).toEqual({ level: 1, drift: [] })
      const [fid] = await fulfillmentIds(orderId)
      await ok(
        admin("POST", `/admin/orders/${orderId}/fulfillments/${fid}/cancel`, {})
      )
      expect(await state()).toEqual({ level: 3, drift: [] })

      await fulfillAndShip(orderId, [{ id: lineId, quantity: 2 }])
      expect(await state()).toEqual({ level: 1, drift: [] })

      // A return recorded before Medusa receives it: the units wait as `returned`.
      const { return: r } = await ok(
        admin("POST", "/admin/returns", {
          order_id: orderId,
          location_id: s.store.locationId,
        })
      )
      await ok(
        admin("POST", `/admin/returns/${r.id}/request-items`, {
          items: [{ id: lineId, quantity: 2 }],
        })
      )
      await ok(admin("POST", `/admin/returns/${r.id}/request`, {}))
      await ok(
        admin("POST", `/admin/returns/${r.id}/serial-numbers`, {
          serials: [{ serial: "OF-1" }, { serial: "OF-2" }],
        })
      )
      expect(await state()).toEqual({ level: 1, drift: [] })
      // Moving them before Medusa receives the return would count them twice.
      const byId = new Map(units.map((u: any) => [u.serial, u.id]))
      for (const action of ["restock", "mark-defective"]) {
        const early = await admin(
          "POST",
          `/admin/serial-numbers/${byId.get("OF-1")}/${action}`,
          {}
        )
        expect([early.status, early.data.code]).toEqual([
          400,
          "serial_return_not_received",
        ])
        expect(early.data.message).toContain(`OF-1 (return ${r.id})`)
      }
      expect(
        await sql(
          getContainer(),
          `select serial, status from serial_number where serial = 'OF-1'`
        )
      ).toEqual([{ serial: "OF-1", status: "returned" }])
      expect(await state()).toEqual({ level: 1, drift: [] })
      await ok(admin("POST", `/admin/returns/${r.id}/receive`, {}))
      await ok(
        admin("POST", `/admin/returns/${r.id}/receive-items`, {
          items: [{ id: lineId, quantity: 2 }],
        })
      )
      await ok(admin("POST", `/admin/returns/${r.id}/receive/confirm`, {}))
      // Medusa counted them back; as units on a received return, so does the report.
      expect(await state()).toEqual({ level: 3, drift: [] })
      // So does serializing existing stock: none is left without a serial.
      const extra = await admin("POST", "/admin/serial-receipts", {
        inventory_item_id: s.phone.inventoryItemId,
        stock_location_id: s.store.locationId,
        serials: ["OF-EXTRA"],
        serialize_existing: true,
      })
      expect([extra.status, extra.data.code]).toEqual([
        400,
        "serial_receipt_invalid",
      ])
      expect(extra.data.message).toContain("only 0 units of stock")

      // A drifted level reconciles to those units, each recording it.
      await setStockedQuantity(
        getContainer(),
        s.phone.inventoryItemId!,
        s.store.locationId,
        7
      )
      expect((await drift())[0]).toMatchObject({ unit_count: 3, difference: 4 })
      await ok(
        admin("POST", "/admin/serial-inventory/stock-drift/reconcile", {
          inventory_item_id: s.phone.inventoryItemId,
        })
      )
      expect(await state()).toEqual({ level: 3, drift: [] })
      expect(
        await sql(
          getContainer(),
          `select sn.serial from serial_event e join serial_number sn on sn.id = e.serial_number_id
           where e.type = 'adjusted' order by sn.serial`
        )
      ).toEqual([{ serial: "OF-1" }, { serial: "OF-2" }, { serial: "OF-3" }])

      // Restocking one adds nothing (Medusa has it); a defective one leaves stock.
      await ok(
        admin("POST", `/admin/serial-numbers/${byId.get("OF-1")}/restock`, {})
      )
      expect(await state()).toEqual({ level: 3, drift: [] })
      await ok(
        admin(
          "POST",
          `/admin/serial-numbers/${byId.get("OF-2")}/mark-defective`,
          {}
        )
      )
      expect(await state()).toEqual({ level: 2, drift: [] })
    })
  },
})
