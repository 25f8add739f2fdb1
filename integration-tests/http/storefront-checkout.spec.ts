import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { sql } from "./helpers/fixtures"
import { createSellingStore, SellingStore } from "./helpers/selling-store"
import { eventually, orderAllocations } from "./helpers/storefront"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let s: SellingStore

    beforeEach(async () => {
      s = await createSellingStore(api, getContainer())
    })

    it("a storefront checkout places an order whose tracked line gets units at the reservation's location", async () => {
      await s.receive(["CO-1", "CO-2", "CO-3"])
      const { order, status, body } = await s.kit.checkout(s.store, [
        { variant_id: s.phone.variantId, quantity: 2 },
        { variant_id: s.cable.variantId, quantity: 1 },
      ])
      expect({ status, type: body.type }).toEqual({
        status: 200,
        type: "order",
      })
      const rows = await eventually(
        () => orderAllocations(getContainer(), order.id),
        (r) => r.length === 2
      )
      const phoneLine = order.items.find(
        (i: any) => i.variant_id === s.phone.variantId
      )
      expect(rows).toEqual([
        expect.objectContaining({
          serial: "CO-1",
          status: "reserved",
          stage: "allocated",
          line_item_id: phoneLine.id,
          stock_location_id: s.store.locationId,
        }),
        expect.objectContaining({ serial: "CO-2", stage: "allocated" }),
      ])
      const [reservation] = await sql(
        getContainer(),
        `select location_id, quantity from reservation_item where line_item_id = ? and deleted_at is null`,
        [phoneLine.id]
      )
      expect(reservation).toEqual(
        expect.objectContaining({ location_id: s.store.locationId })
      )
    })
  },
})
