import {
  createStep,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  allocateOrderSerialNumbersWorkflow,
  allocatePlacedOrder,
} from "../../src/workflows/order-allocation"
import { createSerialNumbersWorkflow } from "../../src/workflows/serial-numbers"
import { createFixtures, Fixtures, sql } from "./helpers/fixtures"

jest.setTimeout(120000)

const failAfterAllocation = createStep("fail-after-allocation", async () => {
  throw new Error("injected failure after the allocation")
})
const allocateThenFail = createWorkflow(
  "allocate-then-fail",
  (input: { order_id: string }) => {
    const result = allocateOrderSerialNumbersWorkflow.runAsStep({ input })
    failAfterAllocation()
    return new WorkflowResponse(result)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures

    /** Units of the black phone at the fixture location, oldest first. */
    const receive = async (serials: string[]) => {
      await createSerialNumbersWorkflow(getContainer()).run({
        input: {
          serial_numbers: serials.map((serial, i) => ({
            serial,
            inventory_item_id: f.inventoryItemId,
            stock_location_id: f.locationId,
            received_at: `2026-01-${String(i + 1).padStart(2, "0")}`,
            attributes: { colour: "black" },
          })),
        },
      })
    }

    /** An order with one line of the black phone, reserved at the location as checkout does. */
    const placeOrder = async (quantity: number) => {
      const container = getContainer()
      const [order] = await container.resolve(Modules.ORDER).createOrders([
        {
          currency_code: "usd",
          email: "buyer@example.com",
          items: [
            {
              title: "Phone X Black",
              variant_id: f.variantId,
              quantity,
              unit_price: 500,
            },
          ],
        },
      ])
      const lineId = order.items![0].id
      await container.resolve(Modules.INVENTORY).createReservationItems([
        {
          line_item_id: lineId,
          inventory_item_id: f.inventoryItemId,
          location_id: f.locationId,
          quantity,
        },
      ])
      return { orderId: order.id, lineId }
    }

    const allocations = (orderId: string) =>
      sql(
        getContainer(),
        `select sn.serial, sn.status, a.stage, a.line_item_id, a.stock_location_id
         from serial_allocation a join serial_number sn on sn.id = a.serial_number_id
         where a.order_id = ? order by sn.serial`,
        [orderId]
      )

    beforeEach(async () => {
      f = await createFixtures(getContainer())
      await getContainer()
        .resolve(Modules.INVENTORY)
        .createInventoryLevels([
          {
            inventory_item_id: f.inventoryItemId,
            location_id: f.locationId,
            stocked_quantity: 10,
          },
        ])
    })

    it("allocates the oldest units to each reserved line, at the reservation's location", async () => {
      await receive(["A-1", "A-2", "A-3"])
      const { orderId, lineId } = await placeOrder(2)
      const { result } = await allocateOrderSerialNumbersWorkflow(
        getContainer()
      ).run({ input: { order_id: orderId } })
      expect(result).toEqual([
        {
          order_id: orderId,
          line_item_id: lineId,
          inventory_item_id: f.inventoryItemId,
          allocated: expect.any(Array),
          missing: 0,
        },
      ])
      expect(await allocations(orderId)).toEqual(
        ["A-1", "A-2"].map((serial) => ({
          serial,
          status: "reserved",
          stage: "allocated",
          line_item_id: lineId,
          stock_location_id: f.locationId,
        }))
      )
      expect(
        await sql(
          getContainer(),
          "select count(*)::int as n from serial_event where type = 'allocated' and order_id = ? and line_item_id = ?",
          [orderId, lineId]
        )
      ).toEqual([{ n: 2 }])
      // Running it again (a retried event) adds nothing.
      await allocateOrderSerialNumbersWorkflow(getContainer()).run({
        input: { order_id: orderId },
      })
      expect(await allocations(orderId)).toHaveLength(2)
    })

    it("places the order with the line visibly short when units run out", async () => {
      await receive(["B-1"])
      const { orderId } = await placeOrder(3)
      const { result } = await allocateOrderSerialNumbersWorkflow(
        getContainer()
      ).run({ input: { order_id: orderId } })
      expect(result.map((l) => [l.allocated.length, l.missing])).toEqual([
        [1, 2],
      ])
      expect(await allocations(orderId)).toHaveLength(1)
    })

    it("allocates several orders in one run, one allocated event per order", async () => {
      await receive(["N-1", "N-2", "N-3"])
      const first = await placeOrder(1)
      const second = await placeOrder(2)
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const emit = jest.spyOn(eventBus, "emit")
      try {
        const { result } = await allocateOrderSerialNumbersWorkflow(
          getContainer()
        ).run({ input: { order_ids: [first.orderId, second.orderId] } })
        expect(
          result.map((l) => [l.order_id, l.allocated.length, l.missing]).sort()
        ).toEqual(
          [
            [first.orderId, 1, 0],
            [second.orderId, 2, 0],
          ].sort()
        )
        expect(
          (await allocations(first.orderId)).map((a) => a.serial)
        ).toHaveLength(1)
        expect(await allocations(second.orderId)).toHaveLength(2)
        const emitted = emit.mock.calls
          .flatMap(([messages]) =>
            Array.isArray(messages) ? messages : [messages]
          )
          .filter((m: any) => m.name === "serial_number.allocated")
          .map((m: any) => [m.data.order_id, m.data.ids.length])
        expect(emitted.sort()).toEqual(
          [
            [first.orderId, 1],
            [second.orderId, 2],
          ].sort()
        )
      } finally {
        emit.mockRestore()
      }
    })

    it("refuses a run without orders, allocating nothing", async () => {
      await receive(["E-1"])
      await placeOrder(1)
      const { errors } = await allocateOrderSerialNumbersWorkflow(
        getContainer()
      ).run({ input: { order_ids: [] }, throwOnError: false })
      expect(errors.map((e: any) => e.error?.message)).toEqual([
        "allocate-order-serial-numbers needs order_id or order_ids",
      ])
      expect(
        await sql(
          getContainer(),
          "select count(*)::int as n from serial_allocation"
        )
      ).toEqual([{ n: 0 }])
    })

    it("batches orders placed at the same moment, each caller getting its own lines", async () => {
      await receive(["P-1", "P-2", "P-3"])
      const orders = [
        await placeOrder(1),
        await placeOrder(1),
        await placeOrder(1),
      ]
      const results = await Promise.all(
        orders.map((o) => allocatePlacedOrder(getContainer(), o.orderId))
      )
      results.forEach((lines, i) => {
        expect(lines).toEqual([
          expect.objectContaining({
            order_id: orders[i].orderId,
            line_item_id: orders[i].lineId,
            missing: 0,
          }),
        ])
        expect(lines[0].allocated).toHaveLength(1)
      })
      const units = await sql(
        getContainer(),
        `select count(distinct serial_number_id)::int as n from serial_allocation where order_id = any(?)`,
        [orders.map((o) => o.orderId)]
      )
      expect(units).toEqual([{ n: 3 }])
    })

    it("compensation releases the allocations it made, leaving the log to explain", async () => {
      await receive(["C-1", "C-2"])
      const { orderId } = await placeOrder(2)
      const { errors } = await allocateThenFail(getContainer()).run({
        input: { order_id: orderId },
        throwOnError: false,
      })
      expect(errors.map((e: any) => e.error?.message)).toEqual([
        "injected failure after the allocation",
      ])
      expect(await allocations(orderId)).toEqual(
        ["C-1", "C-2"].map((serial) =>
          expect.objectContaining({
            serial,
            status: "in_stock",
            stage: "released",
          })
        )
      )
      expect(
        await sql(
          getContainer(),
          "select type, order_id from serial_event where type in ('allocated', 'released') order by created_at, id"
        )
      ).toEqual([
        { type: "allocated", order_id: orderId },
        { type: "allocated", order_id: orderId },
        { type: "released", order_id: orderId },
        { type: "released", order_id: orderId },
      ])
    })

    it("allocates when Medusa emits order.placed (the subscriber)", async () => {
      await receive(["D-1"])
      const { orderId } = await placeOrder(1)
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "order.placed", data: { id: orderId } })
      let rows: unknown[] = []
      for (let i = 0; i < 100 && !rows.length; i++) {
        await new Promise((r) => setTimeout(r, 100))
        rows = await allocations(orderId)
      }
      expect(rows).toEqual([
        expect.objectContaining({ serial: "D-1", stage: "allocated" }),
      ])
    })

    it("gives a canceled order's unshipped units back to stock (the order.canceled subscriber)", async () => {
      await receive(["X-1", "X-2"])
      const { orderId } = await placeOrder(2)
      await allocateOrderSerialNumbersWorkflow(getContainer()).run({
        input: { order_id: orderId },
      })
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      await eventBus.emit({ name: "order.canceled", data: { id: orderId } })
      let rows: any[] = []
      for (let i = 0; i < 100; i++) {
        await new Promise((r) => setTimeout(r, 100))
        rows = await allocations(orderId)
        if (rows.every((r) => r.stage === "released")) {
          break
        }
      }
      expect(rows).toEqual(
        ["X-1", "X-2"].map((serial) =>
          expect.objectContaining({
            serial,
            status: "in_stock",
            stage: "released",
          })
        )
      )
      expect(
        await sql(
          getContainer(),
          "select note, order_id from serial_event where type = 'released'"
        )
      ).toEqual(Array(2).fill({ note: "order canceled", order_id: orderId }))
      // A second cancel event releases nothing more.
      await eventBus.emit({ name: "order.canceled", data: { id: orderId } })
      await new Promise((r) => setTimeout(r, 500))
      expect(
        await sql(
          getContainer(),
          "select count(*)::int as n from serial_event where type = 'released'"
        )
      ).toEqual([{ n: 2 }])
    })

    describe("the read side", () => {
      it("shows an order's lines with their units, stages and what they lack", async () => {
        await receive(["E-1", "E-2"])
        const { orderId, lineId } = await placeOrder(3)
        await allocateOrderSerialNumbersWorkflow(getContainer()).run({
          input: { order_id: orderId },
        })
        const res = await api.get(
          `/admin/orders/${orderId}/serial-numbers`,
          f.adminHeaders
        )
        expect(res.data).toEqual({
          order_id: orderId,
          display_id: expect.any(Number),
          lines: [
            {
              line_item_id: lineId,
              title: "Phone X Black",
              sku: null,
              quantity: 3,
              inventory_items: [
                {
                  inventory_item_id: f.inventoryItemId,
                  tracking_mode: "full",
                  quantity: 3,
                  units: ["E-1", "E-2"].map((serial) => ({
                    id: expect.stringMatching(/^sn_/),
                    serial,
                    status: "reserved",
                    stage: "allocated",
                    allocation_id: expect.stringMatching(/^salloc_/),
                    fulfillment_id: null,
                    return_id: null,
                    // No recall blocks them.
                    recall: null,
                  })),
                  missing: 1,
                },
              ],
            },
          ],
          returns: [],
        })
        const missing = await api.get(
          "/admin/orders/order_missing/serial-numbers",
          {
            ...f.adminHeaders,
            validateStatus: () => true,
          }
        )
        expect([missing.status, missing.data.code]).toEqual([
          404,
          "order_not_found",
        ])
      })

      it("filters the unit list by order and line, and shows the order on the unit", async () => {
        await receive(["G-1", "G-2", "G-3"])
        const { orderId, lineId } = await placeOrder(2)
        await allocateOrderSerialNumbersWorkflow(getContainer()).run({
          input: { order_id: orderId },
        })
        for (const q of [`order_id=${orderId}`, `line_item_id=${lineId}`]) {
          const list = await api.get(
            `/admin/serial-numbers?${q}&fields=serial&order=serial`,
            f.adminHeaders
          )
          expect([
            q,
            list.data.serial_numbers.map((u: any) => u.serial),
          ]).toEqual([q, ["G-1", "G-2"]])
        }
        expect(
          (
            await api.get(
              "/admin/serial-numbers?order_id=order_none",
              f.adminHeaders
            )
          ).data.count
        ).toBe(0)
        const [{ id }] = await sql(
          getContainer(),
          "select id from serial_number where serial = 'G-1'"
        )
        const detail = await api.get(
          `/admin/serial-numbers/${id}`,
          f.adminHeaders
        )
        expect(detail.data.serial_number.allowed_actions).toEqual([])
        expect(
          detail.data.serial_number.events.find(
            (e: any) => e.type === "allocated"
          )
        ).toMatchObject({
          order_id: orderId,
          line_item_id: lineId,
          order_display_id: expect.any(Number),
        })
        const release = await api.post(
          `/admin/serial-numbers/${id}/release`,
          {},
          {
            ...f.adminHeaders,
            validateStatus: () => true,
          }
        )
        expect([release.status, release.data.code]).toEqual([
          400,
          "serial_number_allocated",
        ])
        expect(release.data.message).toContain(`G-1 (order ${orderId}`)
        expect(
          await sql(
            getContainer(),
            "select status from serial_number where id = ?",
            [id]
          )
        ).toEqual([{ status: "reserved" }])
      })
    })
  },
})
