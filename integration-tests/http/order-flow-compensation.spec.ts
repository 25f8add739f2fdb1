import {
  createStep,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import {
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SerialNumberEvents } from "../../src/types/events"
import { recordReturnedSerialNumbersWorkflow } from "../../src/workflows/order-returns"
import { sql } from "./helpers/fixtures"
import { orderFlow } from "./helpers/order-flow"
import { createSellingStore, SellingStore } from "./helpers/selling-store"

jest.setTimeout(180000)

const failAfter = createStep("fail-after", async () => {
  throw new Error("injected failure after the plugin's step")
})

const fulfillThenFail = createWorkflow("fulfill-then-fail", (input: any) => {
  const f = createOrderFulfillmentWorkflow.runAsStep({ input })
  failAfter()
  return new WorkflowResponse(f)
})
const shipThenFail = createWorkflow("ship-then-fail", (input: any) => {
  createOrderShipmentWorkflow.runAsStep({ input })
  failAfter()
  return new WorkflowResponse(true)
})
const recordReturnThenFail = createWorkflow(
  "record-return-then-fail",
  (input: any) => {
    const r = recordReturnedSerialNumbersWorkflow.runAsStep({ input })
    failAfter()
    return new WorkflowResponse(r)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let s: SellingStore

    beforeEach(async () => {
      s = await createSellingStore(api, getContainer())
    })

    const { admin, placeOrder, fulfill, fulfillmentIds, snapshot } = orderFlow(
      api,
      getContainer,
      () => s
    )

    /** The state a rolled-back step must leave as it was (events: only `reverted` ones added). */
    const state = async (orderId: string) => {
      const snap = await snapshot(orderId)
      const units = await sql(
        getContainer(),
        `select serial, status, stock_location_id, warranty_starts_at, warranty_expires_at
         from serial_number order by serial`
      )
      const allocations = await sql(
        getContainer(),
        `select serial_number_id, stage, fulfillment_id, return_id, picked_at, shipped_at, returned_at
         from serial_allocation order by id`
      )
      const events = await sql(
        getContainer(),
        `select type, count(*)::int n from serial_event group by type order by type`
      )
      return { ...snap, units, allocations, events }
    }

    /** Event types written since `before`, by type. */
    const newEvents = (before: any[], after: any[]) =>
      Object.fromEntries(
        after
          .map((e) => [
            e.type,
            e.n - (before.find((b) => b.type === e.type)?.n ?? 0),
          ])
          .filter(([, n]) => n)
      )

    // Events that reached subscribers (grouped events of a failed workflow never do).
    let emitted: string[] = []
    let subscribed = false
    beforeEach(() => {
      emitted = []
      if (subscribed) return
      subscribed = true
      const bus = getContainer().resolve(Modules.EVENT_BUS) as any
      for (const name of Object.values(SerialNumberEvents)) {
        bus.subscribe(
          name,
          async () => {
            emitted.push(name)
          },
          { subscriberId: `compensation-spec-${name}` }
        )
      }
    })

    it("a failure after the pick (Medusa's fulfillment rolled back) puts units and allocations back, swaps included", async () => {
      await s.receive(["K-1", "K-2", "K-3"])
      const { orderId, line } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 2 }],
        2
      )
      const lineId = line(s.phone.variantId)
      const before = await state(orderId)
      emitted = []
      const { errors } = await fulfillThenFail(getContainer()).run({
        input: {
          order_id: orderId,
          items: [{ id: lineId, quantity: 2 }],
          additional_data: { serial_numbers: { [lineId]: ["K-1", "K-3"] } },
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toMatch(/injected failure/)
      await new Promise((r) => setTimeout(r, 500))
      const after = await state(orderId)
      expect({ ...after, events: undefined }).toEqual({
        ...before,
        events: undefined,
      })
      // The log is append-only: each undone move has its `reverted` event.
      expect(newEvents(before.events, after.events)).toEqual({
        picked: 2,
        released: 1,
        reverted: 3,
      })
      expect(emitted).toEqual([])
    })

    it("a failure after the shipment puts units back to reserved with their old warranty and the stage back to picked", async () => {
      await s.receive(["H-1"])
      const { orderId, line } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 1 }],
        1
      )
      const lineId = line(s.phone.variantId)
      expect(
        (await fulfill(orderId, [{ id: lineId, quantity: 1 }])).status
      ).toBe(200)
      const [fulfillmentId] = await fulfillmentIds(orderId)
      const before = await state(orderId)
      emitted = []
      const { errors } = await shipThenFail(getContainer()).run({
        input: {
          order_id: orderId,
          fulfillment_id: fulfillmentId,
          items: [{ id: lineId, quantity: 1 }],
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toMatch(/injected failure/)
      await new Promise((r) => setTimeout(r, 500))
      const after = await state(orderId)
      expect({ ...after, events: undefined }).toEqual({
        ...before,
        events: undefined,
      })
      expect(newEvents(before.events, after.events)).toEqual({
        shipped: 1,
        reverted: 1,
      })
      expect(emitted).toEqual([])
      // Positive control: the same shipment through Medusa's route does reach subscribers.
      const shipped = await admin(
        "POST",
        `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`,
        { items: [{ id: lineId, quantity: 1 }] }
      )
      expect(shipped.status).toBe(200)
      for (let i = 0; i < 50 && !emitted.length; i++) {
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(emitted).toEqual(["serial_number.shipped"])
    })

    it("a failure after recording a return puts units, allocations, the stock level and the return's metadata back", async () => {
      await s.receive(["Q-1"])
      const { orderId, line } = await placeOrder(
        [{ variant_id: s.phone.variantId, quantity: 1 }],
        1
      )
      const lineId = line(s.phone.variantId)
      expect(
        (await fulfill(orderId, [{ id: lineId, quantity: 1 }])).status
      ).toBe(200)
      const [fulfillmentId] = await fulfillmentIds(orderId)
      await admin(
        "POST",
        `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`,
        {
          items: [{ id: lineId, quantity: 1 }],
        }
      )
      const { data } = await admin("POST", "/admin/returns", {
        order_id: orderId,
        location_id: s.store.locationId,
      })
      const returnId = data.return.id
      await admin("POST", `/admin/returns/${returnId}/request-items`, {
        items: [{ id: lineId, quantity: 1 }],
      })
      await admin("POST", `/admin/returns/${returnId}/request`, {})
      await admin("POST", `/admin/returns/${returnId}/receive`, {})
      await admin("POST", `/admin/returns/${returnId}/receive-items`, {
        items: [{ id: lineId, quantity: 1 }],
      })
      await admin("POST", `/admin/returns/${returnId}/receive/confirm`, {})
      await new Promise((r) => setTimeout(r, 1000)) // the return_received subscriber
      const metadata = async () =>
        (
          await sql(
            getContainer(),
            `select metadata from "return" where id = ?`,
            [returnId]
          )
        )[0].metadata
      const before = { ...(await state(orderId)), metadata: await metadata() }
      emitted = []
      const { errors } = await recordReturnThenFail(getContainer()).run({
        input: {
          return_id: returnId,
          serials: [{ serial: "Q-1", disposition: "defective" }],
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toMatch(/injected failure/)
      await new Promise((r) => setTimeout(r, 500))
      const after = { ...(await state(orderId)), metadata: await metadata() }
      expect({ ...after, events: undefined }).toEqual({
        ...before,
        events: undefined,
      })
      expect(newEvents(before.events, after.events)).toEqual({
        returned: 1,
        marked_defective: 1,
        reverted: 1,
      })
      expect(emitted).toEqual([])
    })
  },
})
