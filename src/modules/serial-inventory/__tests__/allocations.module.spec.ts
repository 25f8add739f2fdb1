import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SERIAL_INVENTORY_MODULE } from ".."
import type SerialInventoryModuleService from "../service"
import { resetTestSwitches, testSwitches } from "../utils/test-switches"
import { barrier } from "./helpers/race-gates"

jest.setTimeout(90000)

const ITEM = "iitem_alloc"
const LOC = "sloc_main"
const OTHER_LOC = "sloc_other"

moduleIntegrationTestRunner<SerialInventoryModuleService>({
  moduleName: SERIAL_INVENTORY_MODULE,
  resolve: "./src/modules/serial-inventory",
  pathToMigrations: "./src/modules/serial-inventory/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const raw = async (text: string, bindings: unknown[] = []) =>
      (await MikroOrmWrapper.getManager().getKnex().raw(text, bindings)).rows
    const receive = (
      serials: string[],
      extra: (i: number) => Record<string, unknown> = () => ({})
    ) =>
      service.createSerialNumbers(
        serials.map((serial, i) => ({
          serial,
          inventory_item_id: ITEM,
          stock_location_id: LOC,
          ...extra(i),
        }))
      )
    const line = (n: number | string, quantity = 1) => ({
      order_id: `order_${n}`,
      line_item_id: `ordli_${n}`,
      inventory_item_id: ITEM,
      stock_location_id: LOC,
      quantity,
    })
    const statusOf = async (serial: string) =>
      (
        await raw("select status from serial_number where serial = ?", [serial])
      )[0].status

    beforeEach(async () => {
      await service.setSerialTrackingPolicy({
        inventory_item_id: ITEM,
        mode: "full",
      })
    })
    afterEach(() => resetTestSwitches())

    describe("allocating units to an order line", () => {
      it("reserves the oldest units at the reservation's location, with an allocated event naming the order", async () => {
        await receive(["F-3", "F-1", "F-2"], (i) => ({
          received_at: ["2026-03-01", "2026-01-01", "2026-02-01"][i],
        }))
        await receive(["ELSEWHERE"], () => ({
          stock_location_id: OTHER_LOC,
          received_at: "2025-01-01",
        }))
        const result = await service.allocateSerialNumbersToLine(line(1, 2))
        expect(result.missing).toBe(0)
        expect(
          await raw(
            `select sn.serial, sn.status, a.stage, a.order_id, a.line_item_id, a.stock_location_id
             from serial_allocation a join serial_number sn on sn.id = a.serial_number_id
             order by sn.serial`
          )
        ).toEqual(
          ["F-1", "F-2"].map((serial) => ({
            serial,
            status: "reserved",
            stage: "allocated",
            order_id: "order_1",
            line_item_id: "ordli_1",
            stock_location_id: LOC,
          }))
        )
        expect(
          await raw(
            `select sn.serial, e.from_status, e.to_status, e.order_id, e.line_item_id
             from serial_event e join serial_number sn on sn.id = e.serial_number_id
             where e.type = 'allocated' order by sn.serial`
          )
        ).toEqual(
          ["F-1", "F-2"].map((serial) => ({
            serial,
            from_status: "in_stock",
            to_status: "reserved",
            order_id: "order_1",
            line_item_id: "ordli_1",
          }))
        )
        // The line is full: asking again adds nothing.
        expect(await service.allocateSerialNumbersToLine(line(1, 2))).toEqual({
          allocations: [],
          missing: 0,
          tracked: true,
        })
        expect(await statusOf("F-3")).toBe("in_stock")
      })

      it("leaves items without full tracking alone", async () => {
        await receive(["OUT-1"])
        await service.setSerialTrackingPolicy({
          inventory_item_id: ITEM,
          mode: "outbound",
        })
        expect(await service.allocateSerialNumbersToLine(line(9))).toEqual({
          allocations: [],
          missing: 0,
          tracked: false,
        })
        expect(
          await service.allocateSerialNumbersToLine({
            ...line(10),
            inventory_item_id: "iitem_untracked",
          })
        ).toEqual({ allocations: [], missing: 0, tracked: false })
        expect(await statusOf("OUT-1")).toBe("in_stock")
      })

      it("takes what there is and reports what a line still lacks", async () => {
        await receive(["S-1"])
        const result = await service.allocateSerialNumbersToLine(line(2, 3))
        expect([result.allocations.length, result.missing]).toEqual([1, 2])
      })

      it("allocates many orders' lines in one call, handing units out in a fixed line order", async () => {
        await receive(["M-1", "M-2", "M-3", "M-4"], (i) => ({
          received_at: `2026-01-0${i + 1}`,
        }))
        await receive(["M-FAR"], () => ({ stock_location_id: OTHER_LOC }))
        const results = await service.allocateSerialNumbersToLines([
          line("c", 2),
          line("a", 1),
          { ...line("untracked"), inventory_item_id: "iitem_untracked" },
          { ...line("far"), stock_location_id: OTHER_LOC },
          line("b", 2),
          line("a", 1), // the same line again: it already holds one
        ])
        // Lines take the oldest units in line order: a, then b, then c (short by one).
        const serialsOf = async (r: { allocations: any[] }) =>
          (
            await raw(
              "select serial from serial_number where id = any(?) order by serial",
              [r.allocations.map((a) => a.serial_number_id)]
            )
          ).map((u: any) => u.serial)
        expect(await serialsOf(results[1])).toEqual(["M-1"])
        expect(results[5]).toEqual({
          allocations: [],
          missing: 0,
          tracked: true,
        })
        expect(await serialsOf(results[4])).toEqual(["M-2", "M-3"])
        expect(await serialsOf(results[0])).toEqual(["M-4"])
        expect(results[0].missing).toBe(1)
        expect(results[2]).toEqual({
          allocations: [],
          missing: 0,
          tracked: false,
        })
        expect(await serialsOf(results[3])).toEqual(["M-FAR"])
        expect(
          await raw(
            `select a.line_item_id, count(*)::int as n, count(e.id)::int as events
             from serial_allocation a
             left join serial_event e on e.serial_number_id = a.serial_number_id
               and e.type = 'allocated' and e.line_item_id = a.line_item_id
             group by a.line_item_id order by a.line_item_id`
          )
        ).toEqual([
          { line_item_id: "ordli_a", n: 1, events: 1 },
          { line_item_id: "ordli_b", n: 2, events: 2 },
          { line_item_id: "ordli_c", n: 1, events: 1 },
          { line_item_id: "ordli_far", n: 1, events: 1 },
        ])
      })

      it("picks by condition grade or by bin, as the policy says", async () => {
        const template = await service.createSerialTemplates({
          name: "Refurb",
          condition_grades: ["A", "B", "C"],
        })
        await service.setSerialTrackingPolicy({
          inventory_item_id: ITEM,
          template_id: template.id,
          allocation_strategy: "condition",
        })
        await receive(["G-C", "G-A", "G-B"], (i) => ({
          condition_grade: ["C", "A", "B"][i],
          bin_code: ["01", "03", "02"][i],
        }))
        await service.allocateSerialNumbersToLine(line(3))
        expect(await statusOf("G-A")).toBe("reserved")
        await service.setSerialTrackingPolicy({
          inventory_item_id: ITEM,
          allocation_strategy: "location",
        })
        await service.allocateSerialNumbersToLine(line(4))
        expect(await statusOf("G-C")).toBe("reserved")
        await service.setSerialTrackingPolicy({
          inventory_item_id: ITEM,
          allocation_strategy: "manual",
        })
        expect(await service.allocateSerialNumbersToLine(line(5))).toEqual({
          allocations: [],
          missing: 1,
          tracked: true,
        })
        expect(await statusOf("G-B")).toBe("in_stock")
      })

      it("keeps allocated units out of the plain transitions, naming the order", async () => {
        const [unit] = await receive(["PLAIN-1"])
        await service.allocateSerialNumbersToLine(line(6))
        for (const action of ["release", "sell", "mark_defective"] as const) {
          await expect(
            service.transitionSerialNumbers({ ids: [unit.id], action })
          ).rejects.toMatchObject({
            type: "not_allowed",
            code: "serial_number_allocated",
            message: expect.stringContaining(
              "PLAIN-1 (order order_6, line ordli_6, allocated)"
            ),
          })
        }
        expect(await statusOf("PLAIN-1")).toBe("reserved")
      })

      it("releases unshipped allocations back to stock, with an event naming the order", async () => {
        await receive(["R-1", "R-2"])
        const { allocations } = await service.allocateSerialNumbersToLine(
          line(7, 2)
        )
        const released = await service.releaseSerialAllocations(
          allocations.map((a) => a.id),
          { note: "order canceled" }
        )
        expect(released.map((a) => a.stage)).toEqual(["released", "released"])
        expect(await statusOf("R-1")).toBe("in_stock")
        expect(
          await raw(
            "select type, note, order_id, from_status, to_status from serial_event where type = 'released'"
          )
        ).toEqual(
          Array(2).fill({
            type: "released",
            note: "order canceled",
            order_id: "order_7",
            from_status: "reserved",
            to_status: "in_stock",
          })
        )
        await expect(
          service.releaseSerialAllocations([allocations[0].id])
        ).rejects.toMatchObject({ code: "serial_allocation_not_releasable" })
        // Released units can go to another order; the closed rows stay as history.
        await service.allocateSerialNumbersToLine(line(8, 2))
        expect(
          await raw(
            "select order_id, stage, count(*)::int as n from serial_allocation group by 1, 2 order by 1"
          )
        ).toEqual([
          { order_id: "order_7", stage: "released", n: 2 },
          { order_id: "order_8", stage: "allocated", n: 2 },
        ])
      })
    })

    describe("invariant 2 under concurrency", () => {
      const serials = (n: number) =>
        Array.from({ length: n }, (_, i) => `HOT-${i}`)
      const check = async () => ({
        allocations: (
          await raw("select count(*)::int as n from serial_allocation")
        )[0].n,
        unitsOnTwoLines: (
          await raw(
            `select count(*)::int as n from (select serial_number_id from serial_allocation
             group by 1 having count(*) > 1) x`
          )
        )[0].n,
        reservedWithoutEvent: (
          await raw(
            `select count(*)::int as n from serial_number sn where status = 'reserved'
             and not exists (select 1 from serial_event e where e.serial_number_id = sn.id and e.type = 'allocated')`
          )
        )[0].n,
      })

      it("gives 20 units to at most 20 of 50 concurrent lines, none twice", async () => {
        await receive(serials(20))
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            service.allocateSerialNumbersToLine(line(`c${i}`))
          )
        )
        expect(await check()).toEqual({
          allocations: 20,
          unitsOnTwoLines: 0,
          reservedWithoutEvent: 0,
        })
        expect(results.filter((r) => r.missing === 1)).toHaveLength(30)
      })

      it("never puts more units on one line than its quantity, with five callers at once", async () => {
        await receive(serials(10))
        await Promise.all(
          Array.from({ length: 5 }, () =>
            service.allocateSerialNumbersToLine(line("same", 3))
          )
        )
        expect(
          await raw(
            "select count(*)::int as n from serial_allocation where line_item_id = 'ordli_same'"
          )
        ).toEqual([{ n: 3 }])
      })

      it("double-allocates once row locks, the status guard and the unique index are gone (negative control)", async () => {
        await receive(serials(3))
        await raw(`drop index "IDX_serial_allocation_open_unit"`)
        testSwitches.skipRowLocks = true
        testSwitches.skipStatusGuard = true
        const gate = barrier(6)
        testSwitches.pauses["allocate:after-candidates"] = gate.wait
        await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            service.allocateSerialNumbersToLine(line(`neg${i}`))
          )
        )
        expect(gate.state.arrived).toBe(6)
        const result = await check()
        expect(result.allocations).toBe(6)
        expect(result.unitsOnTwoLines).toBeGreaterThan(0)
      })
    })
  },
})
