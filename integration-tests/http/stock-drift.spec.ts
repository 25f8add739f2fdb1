import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import {
  resetTestSwitches,
  testSwitches,
} from "../../src/modules/serial-inventory/utils/test-switches"
import { SerialInventoryEvents } from "../../src/types/events"
import {
  createSerialNumbersWorkflow,
  transitionSerialNumbersWorkflow,
} from "../../src/workflows/serial-numbers"
import { setSerialTrackingPolicyWorkflow } from "../../src/workflows/tracking-policies"
import { failingAfter, INJECTED_FAILURE } from "./helpers/fail-after"
import { createFixtures, Fixtures, Modules, sql } from "./helpers/fixtures"
import {
  createLevel,
  setStockedQuantity,
  stockedQuantity,
} from "./helpers/stock-levels"

jest.setTimeout(120000)

const transitionThenFail = failingAfter(
  "stock-drift-spec-transition",
  transitionSerialNumbersWorkflow
)

const DRIFT = "/admin/serial-inventory/stock-drift"
const RECONCILE = `${DRIFT}/reconcile`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    let units: { id: string; serial: string }[]
    const admin = (method: string, url: string, data?: unknown) =>
      api.request({
        method,
        url,
        data,
        ...f.adminHeaders,
        validateStatus: () => true,
      })

    const stocked = (item = f.inventoryItemId, location = f.locationId) =>
      stockedQuantity(getContainer(), item, location)
    const setStocked = (n: number, item = f.inventoryItemId) =>
      setStockedQuantity(getContainer(), item, f.locationId, n)
    const drift = async (query = "") => {
      const res = await admin("GET", `${DRIFT}${query}`)
      expect(res.status).toBe(200)
      return res.data.stock_drift
    }
    const receive = async (serials: string[], item = f.inventoryItemId) => {
      const { result } = await createSerialNumbersWorkflow(getContainer()).run({
        input: {
          serial_numbers: serials.map((serial) => ({
            serial,
            inventory_item_id: item,
            stock_location_id: f.locationId,
            attributes: { colour: "black" },
          })),
        },
      })
      return result as { id: string; serial: string }[]
    }
    const act = async (unit: number, action: string) => {
      const res = await admin(
        "POST",
        `/admin/serial-numbers/${units[unit].id}/${action}`,
        {}
      )
      expect([action, res.status]).toEqual([action, 200])
    }
    const adjustedEvents = () =>
      sql(
        getContainer(),
        `select sn.serial, e.stock_location_id, e.from_status, e.to_status, e.data, e.actor_type
         from serial_event e join serial_number sn on sn.id = e.serial_number_id
         where e.type = 'adjusted' order by sn.serial`
      )

    // Bus events that reached subscribers (a compensated workflow's never do).
    let emitted: any[] = []
    let subscribed = false
    beforeEach(async () => {
      emitted = []
      if (!subscribed) {
        subscribed = true
        const bus = getContainer().resolve(Modules.EVENT_BUS) as any
        bus.subscribe(
          SerialInventoryEvents.STOCK_RECONCILED,
          async (event: any) => {
            emitted.push(event.data)
          },
          { subscriberId: "stock-drift-spec" }
        )
      }
      f = await createFixtures(getContainer())
      await createLevel(getContainer(), f.inventoryItemId, f.locationId, 0)
      units = await receive(["SD-1", "SD-2", "SD-3", "SD-4", "SD-5"])
      // In step whether or not receiving raises the level itself.
      await setStocked(5)
    })
    afterEach(() => resetTestSwitches())

    describe("admin transitions keep Medusa's level in step", () => {
      // [actions first, action under test, level before, level after]
      it.each([
        [[], "reserve", 5, 5],
        [["reserve"], "release", 5, 5],
        [[], "sell", 5, 4],
        [["reserve"], "sell", 5, 4],
        [["sell"], "return", 4, 4],
        [["sell", "return"], "restock", 4, 5],
        [[], "mark-defective", 5, 4],
        [["reserve"], "mark-defective", 5, 4],
        [["sell"], "mark-defective", 4, 4],
        [["sell", "return"], "mark-defective", 4, 4],
        [["mark-defective"], "restock", 4, 5],
      ])(
        "after %j, %s moves stocked_quantity %i -> %i",
        async (before, action, from, to) => {
          for (const a of before as string[]) await act(0, a)
          expect(await stocked()).toBe(from)
          await act(0, action as string)
          expect(await stocked()).toBe(to)
          expect(
            await drift(`?inventory_item_id=${f.inventoryItemId}`)
          ).toEqual([])
        }
      )

      it("leaves the level of an item under outbound tracking alone", async () => {
        await setSerialTrackingPolicyWorkflow(getContainer()).run({
          input: {
            inventory_item_id: f.otherInventoryItemId,
            mode: "outbound",
          },
        })
        await createLevel(
          getContainer(),
          f.otherInventoryItemId,
          f.locationId,
          7
        )
        const [unit] = await receive(["OUT-1"], f.otherInventoryItemId)
        const res = await admin("POST", `/admin/serial-numbers/${unit.id}/sell`)
        expect(res.status).toBe(200)
        expect(await stocked(f.otherInventoryItemId)).toBe(7)
      })

      it("a failure after the adjustment puts the level and the unit back", async () => {
        const { errors } = await transitionThenFail(getContainer()).run({
          input: { ids: [units[0].id], action: "sell" },
          throwOnError: false,
        })
        expect(errors.map((e: any) => e.error?.message)).toEqual([
          INJECTED_FAILURE,
        ])
        expect(await stocked()).toBe(5)
        expect(
          await sql(
            getContainer(),
            "select status from serial_number where id = ?",
            [units[0].id]
          )
        ).toEqual([{ status: "in_stock" }])
        expect(await drift()).toEqual([])
      })
    })

    describe("drift report and reconcile", () => {
      it("reports a drifted level with the right numbers and reconcile sets it to the units", async () => {
        await act(0, "sell") // level 4, units 4
        await act(1, "reserve") // still counts
        await setStocked(9)
        const row = {
          inventory_item_id: f.inventoryItemId,
          stock_location_id: f.locationId,
          stocked_quantity: 9,
          has_level: true,
          unit_count: 4,
          difference: 5,
        }
        expect(await drift()).toEqual([row])
        expect(await drift(`?stock_location_id=${f.locationId}`)).toEqual([row])
        expect(
          await drift(`?inventory_item_id=${f.otherInventoryItemId}`)
        ).toEqual([])

        const res = await admin("POST", RECONCILE, {
          inventory_item_id: f.inventoryItemId,
          note: "cycle count",
        })
        expect(res.status).toBe(200)
        const reconciled = {
          inventory_item_id: f.inventoryItemId,
          stock_location_id: f.locationId,
          before: 9,
          after: 4,
          actor_id: expect.any(String),
        }
        expect(res.data.reconciled).toEqual([reconciled])
        expect(await stocked()).toBe(4)
        expect(await drift()).toEqual([])
        expect(emitted).toEqual([reconciled])
        // One `adjusted` event on each unit counted (not the sold one), status untouched.
        expect(await adjustedEvents()).toEqual(
          ["SD-2", "SD-3", "SD-4", "SD-5"].map((serial) => ({
            serial,
            stock_location_id: f.locationId,
            from_status: null,
            to_status: null,
            actor_type: "system",
            data: {
              inventory_item_id: f.inventoryItemId,
              stocked_quantity_before: 9,
              stocked_quantity_after: 4,
            },
          }))
        )

        // Nothing left to do: a second reconcile changes nothing.
        const again = await admin("POST", RECONCILE, {
          inventory_item_id: f.inventoryItemId,
        })
        expect([again.status, again.data.reconciled]).toEqual([200, []])
        expect((await adjustedEvents()).length).toBe(4)
      })

      it("reads the report in a fixed number of statements, whatever the number of items", async () => {
        await createLevel(
          getContainer(),
          f.otherInventoryItemId,
          f.locationId,
          1
        )
        await receive(["OTHER-1", "OTHER-2"], f.otherInventoryItemId)
        const pg = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        ) as any
        const statements = async (items: string[]) => {
          let n = 0
          const count = () => n++
          pg.on("query", count)
          try {
            const rows = await drift(
              `?all=true&inventory_item_id=${items.join(",")}`
            )
            expect(rows.length).toBe(items.length)
          } finally {
            pg.removeListener("query", count)
          }
          return n
        }
        await statements([f.inventoryItemId]) // warm caches (API key)
        const one = await statements([f.inventoryItemId])
        const two = await statements([
          f.inventoryItemId,
          f.otherInventoryItemId,
        ])
        expect(one).toBeGreaterThan(0)
        expect(two).toBe(one)
      })

      it("lists every full item and location with all=true, in step or not", async () => {
        expect(await drift("?all=true")).toEqual([
          expect.objectContaining({
            inventory_item_id: f.inventoryItemId,
            stocked_quantity: 5,
            unit_count: 5,
            difference: 0,
          }),
        ])
      })

      it("reports units where Medusa has no level and reconcile creates it", async () => {
        const {
          result: [second],
        } = await createStockLocationsWorkflow(getContainer()).run({
          input: { locations: [{ name: "Second warehouse" }] },
        })
        await createSerialNumbersWorkflow(getContainer()).run({
          input: {
            serial_numbers: ["SW-1", "SW-2"].map((serial) => ({
              serial,
              inventory_item_id: f.otherInventoryItemId,
              stock_location_id: second.id,
              attributes: { colour: "silver" },
            })),
          },
        })
        // Whatever receiving did there, take Medusa's level away.
        await sql(
          getContainer(),
          "delete from inventory_level where inventory_item_id = ?",
          [f.otherInventoryItemId]
        )
        expect(
          await drift(`?inventory_item_id=${f.otherInventoryItemId}`)
        ).toEqual([
          {
            inventory_item_id: f.otherInventoryItemId,
            stock_location_id: second.id,
            stocked_quantity: 0,
            has_level: false,
            unit_count: 2,
            difference: -2,
          },
        ])
        const res = await admin("POST", RECONCILE, {
          inventory_item_id: f.otherInventoryItemId,
          stock_location_id: second.id,
        })
        expect(res.status).toBe(200)
        expect(await stocked(f.otherInventoryItemId, second.id)).toBe(2)
        expect(await drift()).toEqual([])
      })

      it("a failure after the adjustment leaves the level, events and lock as they were", async () => {
        await setStocked(8)
        testSwitches.pauses["reconcile:before-record"] = async () => {
          throw new Error("injected failure before recording")
        }
        const res = await admin("POST", RECONCILE, {
          inventory_item_id: f.inventoryItemId,
        })
        expect(res.status).toBe(500)
        expect(await stocked()).toBe(8)
        expect(await adjustedEvents()).toEqual([])
        expect(emitted).toEqual([])
        resetTestSwitches()
        // The item's lock was released: the next reconcile goes through.
        const retry = await admin("POST", RECONCILE, {
          inventory_item_id: f.inventoryItemId,
        })
        expect(retry.status).toBe(200)
        expect(await stocked()).toBe(5)
      })
    })

    describe("bad input", () => {
      it.each([
        ["no item", {}],
        ["an unknown field", { inventory_item_id: "x", extra: 1 }],
        ["an empty item id", { inventory_item_id: "" }],
        [
          "a non-string location",
          { inventory_item_id: "x", stock_location_id: 5 },
        ],
      ])(
        "reconcile refuses %s with 400 and writes nothing",
        async (_, body) => {
          await setStocked(8)
          const res = await admin("POST", RECONCILE, body)
          expect([res.status, res.data.code]).toEqual([
            400,
            "serial_request_invalid",
          ])
          expect(await stocked()).toBe(8)
        }
      )

      it.each([["?all=yes"], ["?unknown=1"]])(
        "the report refuses %s with 400",
        async (query) => {
          const res = await admin("GET", `${DRIFT}${query}`)
          expect([res.status, res.data.code]).toEqual([
            400,
            "serial_request_invalid",
          ])
        }
      )

      it("refuses unknown items and locations with 404, and untracked items with 400", async () => {
        await setStocked(8)
        const cases = [
          [
            { inventory_item_id: "iitem_missing" },
            404,
            "inventory_item_not_found",
          ],
          [
            {
              inventory_item_id: f.inventoryItemId,
              stock_location_id: "sloc_missing",
            },
            404,
            "stock_location_not_found",
          ],
          [
            { inventory_item_id: f.untrackedInventoryItemId },
            400,
            "serial_stock_not_fully_tracked",
          ],
        ] as const
        for (const [body, status, code] of cases) {
          const res = await admin("POST", RECONCILE, body)
          expect([res.status, res.data.code]).toEqual([status, code])
        }
        expect(await stocked()).toBe(8)
        expect(await adjustedEvents()).toEqual([])
      })

      it("answers 401 without an admin, and writes nothing", async () => {
        await setStocked(8)
        for (const [method, url] of [
          ["GET", DRIFT],
          ["POST", RECONCILE],
        ]) {
          const res = await api.request({
            method,
            url,
            data:
              method === "POST"
                ? { inventory_item_id: f.inventoryItemId }
                : undefined,
            validateStatus: () => true,
          })
          expect(res.status).toBe(401)
        }
        expect(await stocked()).toBe(8)
      })
    })
  },
})
