import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SERIAL_INVENTORY_MODULE } from ".."
import type SerialInventoryModuleService from "../service"

jest.setTimeout(90000)

const ITEM = "iitem_count"
const LOC = "sloc_main"
const OTHER_LOC = "sloc_other"

moduleIntegrationTestRunner<SerialInventoryModuleService>({
  moduleName: SERIAL_INVENTORY_MODULE,
  resolve: "./src/modules/serial-inventory",
  pathToMigrations: "./src/modules/serial-inventory/migrations",
  testSuite: ({ service }) => {
    const receive = (item: string, serials: string[], location = LOC) =>
      service.createSerialNumbers(
        serials.map((serial) => ({
          serial,
          inventory_item_id: item,
          stock_location_id: location,
        }))
      )
    const place = (item: string, location = LOC) => ({
      inventory_item_id: item,
      stock_location_id: location,
    })
    const sorted = (
      rows: { inventory_item_id: string; stock_location_id: string }[]
    ) =>
      [...rows].sort((a, b) =>
        `${a.inventory_item_id} ${a.stock_location_id}`.localeCompare(
          `${b.inventory_item_id} ${b.stock_location_id}`
        )
      )

    describe("countAvailableSerialUnits", () => {
      it("counts in_stock units on no open allocation, per item and location, 0 where there are none", async () => {
        await service.setSerialTrackingPolicy({
          inventory_item_id: ITEM,
          mode: "full",
        })
        const units = await receive(ITEM, ["C-1", "C-2", "C-3", "C-4", "C-5"])
        await receive(ITEM, ["FAR-1"], OTHER_LOC)
        const [sold, defective] = units
        await service.transitionSerialNumbers({
          ids: [sold.id],
          action: "sell",
        })
        await service.transitionSerialNumbers({
          ids: [defective.id],
          action: "mark_defective",
        })
        // Two allocated to a line, then one of them released back to stock.
        const { allocations } = await service.allocateSerialNumbersToLine({
          order_id: "order_1",
          line_item_id: "ordli_1",
          inventory_item_id: ITEM,
          stock_location_id: LOC,
          quantity: 2,
        })
        await service.releaseSerialAllocations([allocations[0].id])

        const rows = await service.countAvailableSerialUnits([
          place(ITEM),
          place(ITEM, OTHER_LOC),
          place(ITEM, "sloc_empty"),
          place(ITEM), // asked twice, answered once
        ])
        // C-1 sold, C-2 defective, C-3/C-4 allocated then C-3 released: C-3 and C-5 free.
        expect(sorted(rows)).toEqual([
          { ...place(ITEM, "sloc_empty"), available: 0 },
          { ...place(ITEM), available: 2 },
          { ...place(ITEM, OTHER_LOC), available: 1 },
        ])
      })

      it("leaves out items it does not allocate ahead: no policy, none, outbound, manual", async () => {
        const items = {
          iitem_full: { mode: "full" },
          iitem_manual: { mode: "full", allocation_strategy: "manual" },
          iitem_outbound: { mode: "outbound" },
          iitem_none: { mode: "none" },
        } as const
        for (const [inventory_item_id, policy] of Object.entries(items)) {
          await service.setSerialTrackingPolicy({
            inventory_item_id,
            ...policy,
          })
        }
        for (const item of ["iitem_full", "iitem_manual", "iitem_outbound"]) {
          await receive(item, [`${item}-1`])
        }
        const rows = await service.countAvailableSerialUnits(
          [...Object.keys(items), "iitem_unknown"].map((i) => place(i))
        )
        expect(rows).toEqual([{ ...place("iitem_full"), available: 1 }])
        expect(await service.countAvailableSerialUnits([])).toEqual([])
      })
    })
  },
})
