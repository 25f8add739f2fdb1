import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  allocateOrderSerialNumbersWorkflow,
  reconcileOrderSerialAllocationsWorkflow,
} from "../../src/workflows/order-allocation"
import { createSerialNumbersWorkflow } from "../../src/workflows/serial-numbers"
import { createFixtures, Fixtures, sql } from "./helpers/fixtures"

jest.setTimeout(180000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    let regionId: string
    let salesChannelId: string
    let loggedErrors: jest.SpyInstance

    /** Lets subscribers still running settle, then checks none of them failed. */
    const expectNoSubscriberErrors = async () => {
      await new Promise((r) => setTimeout(r, 1000))
      expect(loggedErrors.mock.calls.map((c) => String(c[0]))).toEqual([])
    }

    const receive = async (
      inventoryItemId: string,
      colour: string,
      serials: string[]
    ) => {
      await createSerialNumbersWorkflow(getContainer()).run({
        input: {
          serial_numbers: serials.map((serial, i) => ({
            serial,
            inventory_item_id: inventoryItemId,
            stock_location_id: f.locationId,
            received_at: `2026-01-${String(i + 1).padStart(2, "0")}`,
            attributes: { colour },
          })),
        },
      })
    }

    const variantOf = async (sku: string) => {
      const [v] = await getContainer()
        .resolve(Modules.PRODUCT)
        .listProductVariants({ sku })
      return v
    }

    /** An order in a region and sales channel, one reserved line per entry, allocated as at checkout. */
    const placeOrder = async (lines: { sku: string; quantity: number }[]) => {
      const container = getContainer()
      const items: any[] = []
      for (const l of lines) {
        const v = await variantOf(l.sku)
        items.push({
          title: v.title,
          variant_id: v.id,
          product_id: f.productId,
          variant_sku: l.sku,
          quantity: l.quantity,
          unit_price: 500,
        })
      }
      const [order] = await container.resolve(Modules.ORDER).createOrders([
        {
          currency_code: "usd",
          email: "buyer@example.com",
          region_id: regionId,
          sales_channel_id: salesChannelId,
          items,
        },
      ])
      const lineIds = lines.map(
        (l) => order.items!.find((i) => i.variant_sku === l.sku)!.id
      )
      await container.resolve(Modules.INVENTORY).createReservationItems(
        lines.map((l, i) => ({
          line_item_id: lineIds[i],
          inventory_item_id:
            l.sku === "PHX-BLACK" ? f.inventoryItemId : f.otherInventoryItemId,
          location_id: f.locationId,
          quantity: l.quantity,
        }))
      )
      await allocateOrderSerialNumbersWorkflow(container).run({
        input: { order_id: order.id },
      })
      return { orderId: order.id, lineIds }
    }

    const allocations = (orderId: string) =>
      sql(
        getContainer(),
        `select sn.serial, sn.status, a.stage, a.line_item_id
         from serial_allocation a join serial_number sn on sn.id = a.serial_number_id
         where a.order_id = ? order by a.line_item_id, a.stage, sn.serial`,
        [orderId]
      )

    const events = (orderId: string) =>
      sql(
        getContainer(),
        `select sn.serial, e.type, e.note, e.line_item_id from serial_event e
         join serial_number sn on sn.id = e.serial_number_id
         where e.order_id = ? order by e.created_at, e.id`,
        [orderId]
      )

    /** Polls until `done` holds for the rows (subscribers run after the request answers). */
    const waitFor = async <T>(
      read: () => Promise<T>,
      done: (rows: T) => boolean
    ): Promise<T> => {
      let rows = await read()
      for (let i = 0; i < 150 && !done(rows); i++) {
        await new Promise((r) => setTimeout(r, 100))
        rows = await read()
      }
      return rows
    }

    /** Runs Medusa's admin order-edit routes (keyed by the order id): begin, the changes, confirm. */
    const editOrder = async (
      orderId: string,
      change: (editId: string) => Promise<unknown>
    ) => {
      await api.post(
        "/admin/order-edits",
        { order_id: orderId },
        f.adminHeaders
      )
      await change(orderId)
      await api.post(
        `/admin/order-edits/${orderId}/confirm`,
        {},
        f.adminHeaders
      )
    }

    afterEach(() => loggedErrors.mockRestore())

    beforeEach(async () => {
      const container = getContainer()
      loggedErrors = jest.spyOn(
        container.resolve(ContainerRegistrationKeys.LOGGER),
        "error"
      )
      f = await createFixtures(container)
      const { result: regions } = await createRegionsWorkflow(container).run({
        input: { regions: [{ name: "US", currency_code: "usd" }] },
      })
      regionId = regions[0].id
      const { result: channels } = await createSalesChannelsWorkflow(
        container
      ).run({ input: { salesChannelsData: [{ name: "Web" }] } })
      salesChannelId = channels[0].id
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: f.locationId, add: [salesChannelId] },
      })
      await container.resolve(Modules.INVENTORY).createInventoryLevels(
        [f.inventoryItemId, f.otherInventoryItemId].map((id) => ({
          inventory_item_id: id,
          location_id: f.locationId,
          stocked_quantity: 10,
        }))
      )
      await receive(f.inventoryItemId, "black", ["B-1", "B-2", "B-3"])
      await receive(f.otherInventoryItemId, "silver", ["S-1", "S-2", "S-3"])
    })

    it("an order edit that lowers a quantity and removes a line gives the extra units back", async () => {
      const { orderId, lineIds } = await placeOrder([
        { sku: "PHX-BLACK", quantity: 3 },
        { sku: "PHX-SILVER", quantity: 1 },
      ])
      const [black, silver] = lineIds
      expect(
        (await allocations(orderId)).map((a) => [a.serial, a.stage])
      ).toHaveLength(4)
      await editOrder(orderId, async (editId) => {
        await api.post(
          `/admin/order-edits/${editId}/items/item/${black}`,
          { quantity: 1 },
          f.adminHeaders
        )
        await api.post(
          `/admin/order-edits/${editId}/items/item/${silver}`,
          { quantity: 0 },
          f.adminHeaders
        )
      })
      const rows = await waitFor(
        () => allocations(orderId),
        (rows) => rows.filter((r) => r.stage === "released").length === 3
      )
      const onLine = (lineId: string) =>
        rows
          .filter((r) => r.line_item_id === lineId)
          .map((r) => [r.stage, r.status])
      expect(onLine(black)).toEqual([
        ["allocated", "reserved"],
        ["released", "in_stock"],
        ["released", "in_stock"],
      ])
      expect(onLine(silver)).toEqual([["released", "in_stock"]])
      const released = (await events(orderId)).filter(
        (e) => e.type === "released"
      )
      expect(released.map((e) => [e.line_item_id, e.note]).sort()).toEqual(
        [
          [black, "order edit: quantity lowered"],
          [black, "order edit: quantity lowered"],
          [silver, "order edit: line removed"],
        ].sort()
      )
      // The three released units and the two silver never allocated.
      expect(
        await sql(
          getContainer(),
          `select count(*)::int as n from serial_number where status = 'in_stock'`
        )
      ).toEqual([{ n: 5 }])
      // order-edit.confirmed and reservation-item.deleted both ran it: one released each unit.
      await expectNoSubscriberErrors()
      expect(
        (await events(orderId)).filter((e) => e.type === "released")
      ).toHaveLength(3)
    })

    it("reconciling twice changes nothing the second time", async () => {
      const { orderId, lineIds } = await placeOrder([
        { sku: "PHX-BLACK", quantity: 3 },
      ])
      // Medusa's reservation shrinks without an event the plugin listens to.
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [reservation] = await inventory.listReservationItems({
        line_item_id: lineIds[0],
      })
      await inventory.updateReservationItems([
        { id: reservation.id, quantity: 1 },
      ])
      const first = await reconcileOrderSerialAllocationsWorkflow(
        getContainer()
      ).run({ input: { order_id: orderId } })
      expect(first.result.released).toHaveLength(2)
      const afterFirst = {
        allocations: await allocations(orderId),
        events: await events(orderId),
      }
      expect(afterFirst.allocations.map((a) => a.stage)).toEqual([
        "allocated",
        "released",
        "released",
      ])
      expect(
        afterFirst.events
          .filter((e) => e.type === "released")
          .map((e) => e.note)
      ).toEqual([
        "order changed: quantity lowered",
        "order changed: quantity lowered",
      ])
      const second = await reconcileOrderSerialAllocationsWorkflow(
        getContainer()
      ).run({ input: { order_id: orderId } })
      expect(second.result.released).toEqual([])
      expect(second.result.allocated.flatMap((l) => l.allocated)).toEqual([])
      expect({
        allocations: await allocations(orderId),
        events: await events(orderId),
      }).toEqual(afterFirst)
    })

    it("a line added by an order edit gets units from its new reservation", async () => {
      const { orderId, lineIds } = await placeOrder([
        { sku: "PHX-BLACK", quantity: 1 },
      ])
      const silver = await variantOf("PHX-SILVER")
      await editOrder(orderId, async (editId) => {
        await api.post(
          `/admin/order-edits/${editId}/items`,
          { items: [{ variant_id: silver.id, quantity: 2 }] },
          f.adminHeaders
        )
      })
      const rows = await waitFor(
        () => allocations(orderId),
        (rows) => rows.length === 3
      )
      const added = rows.filter((r) => r.line_item_id !== lineIds[0])
      expect(added.map((r) => [r.serial, r.stage, r.status])).toEqual([
        ["S-1", "allocated", "reserved"],
        ["S-2", "allocated", "reserved"],
      ])
      expect(
        (await events(orderId))
          .filter((e) => e.type === "allocated" && e.serial.startsWith("S-"))
          .map((e) => e.note)
      ).toEqual([
        "allocated after an order change",
        "allocated after an order change",
      ])
      // The untouched line keeps its unit.
      expect(
        rows.filter((r) => r.line_item_id === lineIds[0]).map((r) => r.stage)
      ).toEqual(["allocated"])
      await expectNoSubscriberErrors()
    })

    it("a new outbound line gets units when order.exchange_created arrives", async () => {
      const { orderId } = await placeOrder([{ sku: "PHX-BLACK", quantity: 1 }])
      const container = getContainer()
      // What a confirmed exchange leaves: a new line, reserved.
      const silver = await variantOf("PHX-SILVER")
      const [line] = await container
        .resolve(Modules.ORDER)
        .createOrderLineItems(orderId, [
          {
            title: silver.title,
            variant_id: silver.id,
            quantity: 1,
            unit_price: 500,
          },
        ])
      await container.resolve(Modules.INVENTORY).createReservationItems([
        {
          line_item_id: line.id,
          inventory_item_id: f.otherInventoryItemId,
          location_id: f.locationId,
          quantity: 1,
        },
      ])
      await container.resolve(Modules.EVENT_BUS).emit({
        name: "order.exchange_created",
        data: { order_id: orderId, exchange_id: "exch_test" },
      })
      const rows = await waitFor(
        () => allocations(orderId),
        (rows) => rows.length === 2
      )
      expect(
        rows
          .filter((r) => r.line_item_id === line.id)
          .map((r) => [r.serial, r.stage])
      ).toEqual([["S-1", "allocated"]])
      await expectNoSubscriberErrors()
    })
  },
})
