import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createSerialNumbersWorkflow } from "../../src/workflows/serial-numbers"
import {
  applySerialRecallWorkflow,
  closeSerialRecallWorkflow,
} from "../../src/workflows/serial-recalls"
import { failingAfter, INJECTED_FAILURE } from "./helpers/fail-after"
import { serialModule, sql } from "./helpers/fixtures"
import { orderFlow } from "./helpers/order-flow"
import { createSellingStore, SellingStore } from "./helpers/selling-store"
import { stockedQuantity } from "./helpers/stock-levels"

jest.setTimeout(240000)

const applyThenFail = failingAfter("recall-apply", applySerialRecallWorkflow)
const closeThenFail = failingAfter("recall-close", closeSerialRecallWorkflow)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let s: SellingStore

    beforeEach(async () => {
      s = await createSellingStore(api, getContainer())
    })

    const { admin, placeOrder, fulfill, fulfillAndShip, events } = orderFlow(
      api,
      getContainer,
      () => s
    )

    const serials = (prefix: string, n: number) =>
      Array.from(
        { length: n },
        (_, i) => `${prefix}-${String(i + 1).padStart(4, "0")}`
      )
    const statuses = async (prefix: string) =>
      Object.fromEntries(
        (
          await sql(
            getContainer(),
            `select serial, status from serial_number where serial like ? order by serial`,
            [`${prefix}%`]
          )
        ).map((r) => [r.serial, r.status])
      )
    const eventCounts = async () =>
      sql(
        getContainer(),
        `select type, from_status, to_status, count(*)::int as n from serial_event
         where type in ('recalled', 'recall_released', 'marked_defective', 'reverted')
         group by 1, 2, 3 order by 1, 2, 3`
      )
    const stocked = () =>
      stockedQuantity(
        getContainer(),
        s.phone.inventoryItemId!,
        s.store.locationId
      )
    /** Units the plugin counts as Medusa stock for the phone at the location. */
    const countedUnits = async () => {
      const { counts } = await serialModule(
        getContainer()
      ).countSerialStockUnits({
        inventory_item_id: [s.phone.inventoryItemId!],
      })
      return counts.reduce((sum, c) => sum + c.unit_count, 0)
    }
    const createRecall = (
      selector: Record<string, unknown>,
      name = "Battery swell"
    ) =>
      admin("POST", "/admin/serial-recalls", {
        name,
        reason: "cells from a bad batch",
        selector,
      })
    const recallRows = async () =>
      (
        await sql(
          getContainer(),
          `select count(*)::int as n from serial_recall`
        )
      )[0].n

    it("previews, applies (blocking stock and unshipped units, one event each, stock lowered, order marked), lists customers and releases on close", async () => {
      await s.receive(serials("R", 10))
      const shippedOrder = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 2 }],
        2
      )
      await fulfillAndShip(shippedOrder.orderId, [
        { id: shippedOrder.line(s.phone.variantId), quantity: 2 },
      ])
      const heldOrder = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 1 }],
        1
      )
      const selector = { serial_range: "R-0001..R-0008" }

      const preview = await admin("POST", "/admin/serial-recalls/preview", {
        selector,
      })
      expect(preview.status).toBe(200)
      expect(preview.data.preview).toMatchObject({
        matched: 8,
        blockable: 6,
        shipped: 2,
        customer_count: 1,
      })
      expect(preview.data.preview.per_status).toEqual(
        expect.arrayContaining([
          { status: "in_stock", count: 5 },
          { status: "reserved", count: 1 },
          { status: "sold", count: 2 },
        ])
      )
      expect(preview.data.preview.per_location).toEqual(
        expect.arrayContaining([
          {
            status: "in_stock",
            stock_location_id: s.store.locationId,
            count: 5,
          },
        ])
      )
      expect(preview.data.customers).toEqual([
        expect.objectContaining({
          order_id: shippedOrder.orderId,
          email: "buyer@example.com",
          display_id: expect.any(Number),
          unit_count: 2,
          serials: ["R-0001", "R-0002"],
          shipped_at: expect.any(String),
        }),
      ])
      // A preview writes nothing.
      expect(await recallRows()).toBe(0)

      const created = await createRecall(selector)
      expect(created.status).toBe(201)
      const id = created.data.recall.id
      expect(created.data.recall).toMatchObject({ status: "draft", selector })
      const levelBefore = await stocked()
      const countedBefore = await countedUnits()

      const applied = await admin("POST", `/admin/serial-recalls/${id}/apply`)
      expect(applied.status).toBe(200)
      expect(applied.data.recall).toMatchObject({
        status: "applied",
        matched_count: 8,
        blocked_count: 6,
        shipped_count: 2,
      })
      expect(await statuses("R-")).toEqual({
        "R-0001": "sold",
        "R-0002": "sold",
        "R-0003": "recalled",
        "R-0004": "recalled",
        "R-0005": "recalled",
        "R-0006": "recalled",
        "R-0007": "recalled",
        "R-0008": "recalled",
        "R-0009": "in_stock",
        "R-0010": "in_stock",
      })
      expect(await eventCounts()).toEqual([
        {
          type: "recalled",
          from_status: "in_stock",
          to_status: "recalled",
          n: 5,
        },
        {
          type: "recalled",
          from_status: "reserved",
          to_status: "recalled",
          n: 1,
        },
      ])
      const held = (await events("R-0003")).at(-1)
      expect(held).toMatchObject({
        type: "recalled",
        order_id: heldOrder.orderId,
        line_item_id: heldOrder.line(s.phone.variantId),
      })
      const units = await sql(
        getContainer(),
        `select sn.serial, ru.status_before, ru.blocked, ru.shipped
         from serial_recall_unit ru join serial_number sn on sn.id = ru.serial_number_id
         where ru.recall_id = ? order by sn.serial`,
        [id]
      )
      expect(units).toHaveLength(8)
      expect(units[0]).toEqual({
        serial: "R-0001",
        status_before: "sold",
        blocked: false,
        shipped: true,
      })
      expect(units[2]).toMatchObject({
        status_before: "reserved",
        blocked: true,
      })
      // Five in stock and one allocated-not-picked counted as stock: the level and the units agree.
      expect(await stocked()).toBe(levelBefore! - 6)
      expect(await countedUnits()).toBe(countedBefore - 6)

      const order = await admin(
        "GET",
        `/admin/orders/${heldOrder.orderId}/serial-numbers`
      )
      expect(order.data.lines[0].inventory_items[0].units).toEqual([
        expect.objectContaining({
          serial: "R-0003",
          status: "recalled",
          recall: { id, name: "Battery swell" },
        }),
      ])

      const customers = await admin(
        "GET",
        `/admin/serial-recalls/${id}/customers`
      )
      expect(customers.data).toMatchObject({ count: 1 })
      expect(customers.data.customers[0]).toMatchObject({
        order_id: shippedOrder.orderId,
        email: "buyer@example.com",
      })
      const csv = await admin(
        "GET",
        `/admin/serial-recalls/${id}/customers?format=csv`
      )
      expect(csv.headers["content-type"]).toContain("text/csv")
      const lines = String(csv.data)
        .replace(/^\ufeff/, "")
        .trim()
        .split(/\r?\n/)
      expect(lines[0]).toBe(
        "order_id,order_display_id,email,shipped_at,unit_count,serials"
      )
      expect(lines).toHaveLength(2)
      expect(lines[1]).toContain(`${shippedOrder.orderId},`)
      expect(lines[1]).toContain("buyer@example.com")
      expect(lines[1]).toContain("R-0001|R-0002")

      const twice = await admin("POST", `/admin/serial-recalls/${id}/apply`)
      expect(twice.status).toBe(400)
      expect(twice.data.code).toBe("serial_recall_not_draft")
      expect(twice.data.message).toContain('"Battery swell"')
      expect(twice.data.message).toContain("it is applied")
      expect((await eventCounts()).reduce((n, e) => n + e.n, 0)).toBe(6)

      const closed = await admin("POST", `/admin/serial-recalls/${id}/close`, {
        disposition: "release",
        note: "cells passed inspection",
      })
      expect(closed.status).toBe(200)
      expect(closed.data.recall).toMatchObject({
        status: "closed",
        disposition: "release",
        close_note: "cells passed inspection",
      })
      const after = await statuses("R-")
      expect(after["R-0003"]).toBe("reserved") // back on the order line still holding it
      expect(
        ["R-0004", "R-0005", "R-0006", "R-0007", "R-0008"].map((k) => after[k])
      ).toEqual(Array(5).fill("in_stock"))
      expect(await eventCounts()).toEqual([
        {
          type: "recall_released",
          from_status: "recalled",
          to_status: "in_stock",
          n: 5,
        },
        {
          type: "recall_released",
          from_status: "recalled",
          to_status: "reserved",
          n: 1,
        },
        {
          type: "recalled",
          from_status: "in_stock",
          to_status: "recalled",
          n: 5,
        },
        {
          type: "recalled",
          from_status: "reserved",
          to_status: "recalled",
          n: 1,
        },
      ])
      expect(await stocked()).toBe(levelBefore)
      expect(await countedUnits()).toBe(countedBefore)

      const again = await admin("POST", `/admin/serial-recalls/${id}/close`, {
        disposition: "defective",
      })
      expect(again.status).toBe(400)
      expect(again.data.code).toBe("serial_recall_not_applied")
      expect(again.data.message).toContain("it is closed")
      expect((await statuses("R-"))["R-0004"]).toBe("in_stock")

      const list = await admin("GET", "/admin/serial-recalls?status=closed")
      expect(list.data).toMatchObject({ count: 1 })
      expect(list.data.recalls[0].id).toBe(id)
    })

    it("a blocked unit is never allocated at checkout, cannot be picked or moved by hand", async () => {
      await s.receive(["P-1", "P-2"])
      const { orderId, line } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 1 }],
        1
      )
      const created = await createRecall({
        serials_text: "serial\nP-1\np-2\n",
      })
      expect(created.status).toBe(201)
      expect(created.data.recall.selector.serials).toEqual(["P-1", "p-2"])
      const applied = await admin(
        "POST",
        `/admin/serial-recalls/${created.data.recall.id}/apply`
      )
      expect(applied.data.recall.blocked_count).toBe(2)

      // Pick the allocated unit: refused, and Medusa's fulfillment rolled back with it.
      const picked = await fulfill(orderId, [
        { id: line(s.phone.variantId), quantity: 1 },
      ])
      expect(picked.status).toBe(400)
      expect(picked.data.message).toContain("P-1")
      expect(picked.data.message).toContain("Battery swell")
      const [allocation] = await sql(
        getContainer(),
        `select stage from serial_allocation where order_id = ?`,
        [orderId]
      )
      expect(allocation.stage).toBe("allocated")

      // The recalled P-2 is not free stock: a checkout needing it is refused before payment.
      const checkout = await s.kit.checkout(s.store, [
        { variant_id: s.phone.variantId, quantity: 1 },
      ])
      expect(checkout.status).toBe(400)
      expect(checkout.body.code).toBe("serial_units_unavailable")
      expect(
        (
          await sql(
            getContainer(),
            `select count(*)::int as n from serial_allocation sa
             join serial_number sn on sn.id = sa.serial_number_id where sn.serial = 'P-2'`
          )
        )[0].n
      ).toBe(0)

      const [p2] = await sql(
        getContainer(),
        `select id from serial_number where serial = 'P-2'`
      )
      const marked = await admin(
        "POST",
        `/admin/serial-numbers/${p2.id}/mark-defective`,
        {}
      )
      expect(marked.status).toBe(400)
      expect(marked.data.code).toBe("serial_number_recalled")
      const unit = await admin("GET", `/admin/serial-numbers/${p2.id}`)
      expect(unit.data.serial_number.allowed_actions).toEqual([])
      expect(await statuses("P-")).toEqual({
        "P-1": "recalled",
        "P-2": "recalled",
      })
    })

    it("closing as defective marks the units defective and ends their open allocations", async () => {
      await s.receive(["D-1", "D-2", "D-3"])
      const { orderId } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 1 }],
        1
      )
      const created = await createRecall({ serials: ["D-1", "D-2"] })
      const id = created.data.recall.id
      await admin("POST", `/admin/serial-recalls/${id}/apply`)
      const level = await stocked()
      const closed = await admin("POST", `/admin/serial-recalls/${id}/close`, {
        disposition: "defective",
      })
      expect(closed.status).toBe(200)
      expect(await statuses("D-")).toEqual({
        "D-1": "defective",
        "D-2": "defective",
        "D-3": "in_stock",
      })
      expect(await eventCounts()).toEqual(
        expect.arrayContaining([
          {
            type: "marked_defective",
            from_status: "recalled",
            to_status: "defective",
            n: 2,
          },
        ])
      )
      const [allocation] = await sql(
        getContainer(),
        `select stage from serial_allocation where order_id = ?`,
        [orderId]
      )
      expect(allocation.stage).toBe("released")
      // Already out of stock since the apply: a defective close moves nothing.
      expect(await stocked()).toBe(level)
    })

    it("refuses bad selectors with a 400 naming the problem, writing nothing", async () => {
      await s.receive(["B-0001", "B-0002"])
      const cases: [Record<string, unknown>, string, string][] = [
        [{}, "serial_recall_selector_invalid", "at least one criterion"],
        [
          { serial_range: ".." },
          "serial_recall_selector_invalid",
          "must look like FIRST..LAST",
        ],
        [
          { serial_range: "B-0009..B-0001" },
          "serial_recall_selector_invalid",
          "is reversed",
        ],
        [
          { serial_range: "B-0000000..B-1000000" },
          "serial_recall_selector_invalid",
          "holds 1000001 serials; at most 1000000",
        ],
        [
          { lot: "NO-SUCH-LOT" },
          "serial_recall_matches_nothing",
          "matches no serial number",
        ],
        [
          { serial_range: "B-0003..B-0999" },
          "serial_recall_matches_nothing",
          "matches no serial number",
        ],
      ]
      for (const [selector, code, message] of cases) {
        const res = await createRecall(selector)
        expect([JSON.stringify(selector), res.status, res.data.code]).toEqual([
          JSON.stringify(selector),
          400,
          code,
        ])
        expect(res.data.message).toContain(message)
      }
      const preview = await admin("POST", "/admin/serial-recalls/preview", {
        selector: { serial_range: "B-0009..B-0001" },
      })
      expect(preview.status).toBe(400)
      const unknownField = await createRecall({ colour: "red" })
      expect(unknownField.status).toBe(400)
      expect(unknownField.data.message).toContain("colour")
      expect(await recallRows()).toBe(0)
      expect(await statuses("B-")).toEqual({
        "B-0001": "in_stock",
        "B-0002": "in_stock",
      })

      // Padding is kept: B-0001..B-0002 matches B-0001 and B-0002, not B-1 or B-00001.
      await s.receive(["B-1", "B-00001"])
      const padded = await admin("POST", "/admin/serial-recalls/preview", {
        selector: { serial_range: "B-0001..B-0002" },
      })
      expect(padded.data.preview.matched).toBe(2)
      const unpadded = await admin("POST", "/admin/serial-recalls/preview", {
        selector: { serial_range: "B-1..B-2" },
      })
      expect(unpadded.data.preview.matched).toBe(1)
    })

    it("compensation: a failure after apply leaves no status changed, no event and the stock level as it was", async () => {
      await s.receive(["C-1", "C-2", "C-3"])
      const { orderId } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 1 }],
        1
      )
      const created = await createRecall({ serials: ["C-1", "C-2", "C-3"] })
      const id = created.data.recall.id
      const level = await stocked()
      const before = await statuses("C-")
      const { errors } = await applyThenFail(getContainer()).run({
        input: { recall_id: id },
        throwOnError: false,
      })
      expect(errors[0].error.message).toContain(INJECTED_FAILURE)
      expect(await statuses("C-")).toEqual(before)
      expect(await eventCounts()).toEqual([])
      expect(await stocked()).toBe(level)
      const [recall] = await sql(
        getContainer(),
        `select status, matched_count, (select count(*)::int from serial_recall_unit where recall_id = ?) as units
         from serial_recall where id = ?`,
        [id, id]
      )
      expect(recall).toEqual({ status: "draft", matched_count: 0, units: 0 })
      expect(
        (
          await sql(
            getContainer(),
            `select stage from serial_allocation where order_id = ?`,
            [orderId]
          )
        )[0].stage
      ).toBe("allocated")
      // And the campaign can still be applied.
      const applied = await admin("POST", `/admin/serial-recalls/${id}/apply`)
      expect(applied.data.recall.blocked_count).toBe(3)
    })

    it("compensation: a failure after close leaves the units recalled, no close event, allocations and stock as they were", async () => {
      await s.receive(["K-1", "K-2"])
      const { orderId } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 1 }],
        1
      )
      const created = await createRecall({ serials: ["K-1", "K-2"] })
      const id = created.data.recall.id
      await admin("POST", `/admin/serial-recalls/${id}/apply`)
      const level = await stocked()
      const applyEvents = await eventCounts()
      for (const disposition of ["release", "defective"]) {
        const { errors } = await closeThenFail(getContainer()).run({
          input: { recall_id: id, disposition },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain(INJECTED_FAILURE)
        expect(await statuses("K-")).toEqual({
          "K-1": "recalled",
          "K-2": "recalled",
        })
        expect(await eventCounts()).toEqual(applyEvents)
        expect(await stocked()).toBe(level)
        const [allocation] = await sql(
          getContainer(),
          `select stage, released_at from serial_allocation where order_id = ?`,
          [orderId]
        )
        expect(allocation).toEqual({ stage: "allocated", released_at: null })
        const [recall] = await sql(
          getContainer(),
          `select status, disposition from serial_recall where id = ?`,
          [id]
        )
        expect(recall).toEqual({ status: "applied", disposition: null })
      }
    })

    it("preview and apply cost the same number of SQL statements for 10 units as for 2,000", async () => {
      const make = async (lot: string, n: number) => {
        await createSerialNumbersWorkflow(getContainer()).run({
          input: {
            serial_numbers: serials(lot, n).map((serial) => ({
              serial,
              lot,
              inventory_item_id: s.phone.inventoryItemId!,
              stock_location_id: s.store.locationId,
            })),
          },
        })
      }
      await make("WARM", 1)
      await make("TEN", 10)
      await make("MANY", 2000)
      const pg = getContainer().resolve(
        ContainerRegistrationKeys.PG_CONNECTION
      ) as any
      const counted = async (run: () => Promise<any>) => {
        let count = 0
        const listener = () => count++
        pg.on("query", listener)
        try {
          const res = await run()
          expect(res.status).toBeLessThan(300)
          return { count, res }
        } finally {
          pg.removeListener("query", listener)
        }
      }
      const measure = async (lot: string) => {
        const preview = await counted(() =>
          admin("POST", "/admin/serial-recalls/preview", { selector: { lot } })
        )
        const created = await createRecall({ lot }, `Lot ${lot}`)
        const apply = await counted(() =>
          admin("POST", `/admin/serial-recalls/${created.data.recall.id}/apply`)
        )
        return { preview: preview.count, apply: apply.count, res: apply.res }
      }
      await measure("WARM") // warms caches and workflow paths
      const ten = await measure("TEN")
      const many = await measure("MANY")
      expect(many.res.data.recall.blocked_count).toBe(2000)
      expect(ten.preview).toBeGreaterThan(0)
      expect(many.preview).toBe(ten.preview)
      expect(many.apply).toBe(ten.apply)
    })
  },
})
