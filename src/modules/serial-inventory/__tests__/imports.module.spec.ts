import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SERIAL_INVENTORY_MODULE } from ".."
import type SerialInventoryModuleService from "../service"

jest.setTimeout(60000)

const ITEM = "iitem_import"
const UNTRACKED = "iitem_untracked"

moduleIntegrationTestRunner<SerialInventoryModuleService>({
  moduleName: SERIAL_INVENTORY_MODULE,
  resolve: "./src/modules/serial-inventory",
  pathToMigrations: "./src/modules/serial-inventory/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const raw = async (text: string) =>
      (await MikroOrmWrapper.getManager().getKnex().raw(text)).rows

    describe("checkSerialNumbersForReceipt", () => {
      beforeEach(async () => {
        await service.setSerialTrackingPolicy({
          inventory_item_id: ITEM,
          mode: "full",
        })
        await service.createSerialNumbers([
          { serial: "EXISTS-1", inventory_item_id: ITEM },
        ])
      })

      it("names every row createSerialNumbers would refuse, and writes nothing", async () => {
        const problems = await service.checkSerialNumbersForReceipt([
          { serial: "NEW-1", inventory_item_id: ITEM },
          { serial: "exists-1", inventory_item_id: ITEM },
          { serial: "NEW-2", inventory_item_id: UNTRACKED },
          { serial: "", inventory_item_id: ITEM },
        ])
        expect(problems.map((p) => [p.row, p.code])).toEqual([
          [2, "serial_number_duplicate"],
          [3, "serial_tracking_disabled"],
          [4, "serial_number_invalid"],
        ])
        expect(await raw("select serial from serial_number")).toEqual([
          { serial: "EXISTS-1" },
        ])
        expect(
          await service.checkSerialNumbersForReceipt([
            { serial: "NEW-1", inventory_item_id: ITEM },
          ])
        ).toEqual([])
      })
    })

    describe("claimSerialIdempotencyKey", () => {
      const claim = (key: string, hash = "h1", scope = "serial-imports") =>
        service.claimSerialIdempotencyKey({
          key,
          scope,
          request_hash: hash,
        })

      it("records a key once per scope and hands the stored row back afterwards", async () => {
        const first = await claim("k1")
        expect(first.claimed).toBe(true)
        await service.updateSerialIdempotencyKeys({
          id: first.record.id,
          response_status: 202,
          response_body: { ok: true },
        })
        const again = await claim("k1", "h2")
        expect(again.claimed).toBe(false)
        expect(again.record).toMatchObject({
          id: first.record.id,
          request_hash: "h1",
          response_status: 202,
          response_body: { ok: true },
        })
        expect((await claim("k1", "h1", "serial-receipts")).claimed).toBe(true)
      })

      it("lets exactly one of many concurrent claims of a key win", async () => {
        const results = await Promise.all(
          Array.from({ length: 8 }, () => claim("race"))
        )
        expect(results.filter((r) => r.claimed)).toHaveLength(1)
        const ids = new Set(results.map((r) => r.record.id))
        expect(ids.size).toBe(1)
        expect(
          await raw(
            "select count(*)::int as n from serial_idempotency_key where key = 'race'"
          )
        ).toEqual([{ n: 1 }])
      })
    })
  },
})
