import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { receiveSerialNumbersWorkflow } from "../../src/workflows/serial-receipts"
import { setSerialTrackingPolicyWorkflow } from "../../src/workflows/tracking-policies"
import { failingAfter } from "./helpers/fail-after"
import { createFixtures, Fixtures, sql } from "./helpers/fixtures"
import { GS, GTIN, GTIN13, OTHER_GTIN, setVariantCodes } from "./helpers/gtins"

jest.setTimeout(180000)

const receiveThenFail = failingAfter("receive", receiveSerialNumbersWorkflow)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    const receive = (body: Record<string, unknown>) =>
      api
        .post(
          "/admin/serial-receipts",
          {
            inventory_item_id: f.inventoryItemId,
            stock_location_id: f.locationId,
            attributes: { colour: "black" },
            ...body,
          },
          f.adminHeaders
        )
        .catch((e) => e.response)
    const stocked = async (itemId = f.inventoryItemId) => {
      const rows = await sql(
        getContainer(),
        `select stocked_quantity::int as q from inventory_level
         where inventory_item_id = ? and location_id = ? and deleted_at is null`,
        [itemId, f.locationId]
      )
      return rows.length ? rows[0].q : null
    }
    const unitCount = async () =>
      (
        await sql(
          getContainer(),
          "select count(*)::int as n from serial_number where deleted_at is null"
        )
      )[0].n
    const setPolicy = (values: Record<string, unknown>) =>
      setSerialTrackingPolicyWorkflow(getContainer()).run({
        input: {
          inventory_item_id: f.inventoryItemId,
          mode: "full",
          template_id: f.templateId,
          ...values,
        },
      })

    beforeEach(async () => {
      f = await createFixtures(getContainer())
    })

    describe("POST /admin/serial-receipts", () => {
      it("receives listed, ranged and generated serials in stock and raises stocked_quantity by the same count", async () => {
        await setPolicy({ generator_pattern: "PHX-{YYYY}-{SEQ:6}" })
        expect(await stocked()).toBeNull()
        const res = await receive({
          serials: ["LIST-1", { serial: "LIST-2", condition_grade: "B" }],
          ranges: ["SN-0598..SN-0602"],
          generate: { count: 3 },
          supplier_reference: "PO-77",
          lot: "LOT-9",
          condition_grade: "A",
        })
        expect(res.status).toBe(201)
        const year = new Date().getUTCFullYear()
        expect(res.data.receipt).toMatchObject({
          inventory_item_id: f.inventoryItemId,
          stock_location_id: f.locationId,
          count: 10,
          stock_added: 10,
          receipt_reference: expect.stringMatching(/^srcpt_/),
        })
        expect(
          res.data.receipt.serial_numbers.map((u: any) => u.serial)
        ).toEqual([
          "LIST-1",
          "LIST-2",
          "SN-0598",
          "SN-0599",
          "SN-0600",
          "SN-0601",
          "SN-0602",
          `PHX-${year}-000001`,
          `PHX-${year}-000002`,
          `PHX-${year}-000003`,
        ])
        const units = await sql(
          getContainer(),
          `select serial, status, lot, supplier_reference, condition_grade, receipt_reference,
                  stock_location_id, attributes->>'colour' as colour
           from serial_number order by serial`
        )
        expect(units).toHaveLength(10)
        for (const u of units) {
          expect(u).toMatchObject({
            status: "in_stock",
            lot: "LOT-9",
            supplier_reference: "PO-77",
            receipt_reference: res.data.receipt.receipt_reference,
            stock_location_id: f.locationId,
            colour: "black",
            condition_grade: u.serial === "LIST-2" ? "B" : "A",
          })
        }
        const events = await sql(
          getContainer(),
          "select type, to_status, count(*)::int as n from serial_event group by 1, 2"
        )
        expect(events).toEqual([
          { type: "received", to_status: "in_stock", n: 10 },
        ])
        expect(await stocked()).toBe(10)

        const again = await receive({ ranges: ["SN-0001..SN-0500"] })
        expect(again.status).toBe(201)
        expect(again.data.receipt.serial_numbers[0].serial).toBe("SN-0001")
        expect(again.data.receipt.serial_numbers[499].serial).toBe("SN-0500")
        expect(await stocked()).toBe(510)
      })

      it("takes per-unit attributes over the shared ones and checks them against the template", async () => {
        const res = await receive({
          serials: [
            { serial: "ATTR-1", attributes: { firmware: "1.2" } },
            { serial: "ATTR-2", attributes: { colour: "silver" } },
          ],
          attributes: { colour: "black", battery_health: 98 },
        })
        expect(res.status).toBe(201)
        const rows = await sql(
          getContainer(),
          "select serial, attributes from serial_number order by serial"
        )
        expect(rows).toEqual([
          {
            serial: "ATTR-1",
            attributes: {
              colour: "black",
              battery_health: 98,
              firmware: "1.2",
            },
          },
          {
            serial: "ATTR-2",
            attributes: { colour: "silver", battery_health: 98 },
          },
        ])
        const bad = await receive({
          serials: [{ serial: "ATTR-3", attributes: { colour: "teal" } }],
        })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("ATTR-3")
        expect(await unitCount()).toBe(2)
        expect(await stocked()).toBe(2)
      })

      it("never generates a serial twice, also for concurrent receipts", async () => {
        await setPolicy({ generator_pattern: "GEN-{SEQ:4}" })
        const results = await Promise.all(
          Array.from({ length: 5 }, () => receive({ generate: { count: 20 } }))
        )
        expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
        const serials = results.flatMap((r) =>
          r.data.receipt.serial_numbers.map((u: any) => u.serial)
        )
        expect(new Set(serials).size).toBe(100)
        expect([...serials].sort()).toEqual(
          Array.from(
            { length: 100 },
            (_, i) => `GEN-${String(i + 1).padStart(4, "0")}`
          )
        )
        expect(await stocked()).toBe(100)
        // A refused receipt does not hand its numbers back: the next one goes on.
        const next = await receive({ generate: { count: 1 } })
        expect(next.data.receipt.serial_numbers[0].serial).toBe("GEN-0101")
      })

      it("serializes stock Medusa already counts without raising it, never more than is unserialized", async () => {
        await getContainer()
          .resolve(Modules.INVENTORY)
          .createInventoryLevels([
            {
              inventory_item_id: f.inventoryItemId,
              location_id: f.locationId,
              stocked_quantity: 5,
            },
          ])
        const first = await receive({
          serials: ["OLD-1", "OLD-2", "OLD-3"],
          serialize_existing: true,
        })
        expect(first.status).toBe(201)
        expect(first.data.receipt.stock_added).toBe(0)
        expect(await stocked()).toBe(5)
        const tooMany = await receive({
          serials: ["OLD-4", "OLD-5", "OLD-6"],
          serialize_existing: true,
        })
        expect(tooMany.status).toBe(400)
        expect(tooMany.data).toMatchObject({
          code: "serial_receipt_invalid",
          message: expect.stringContaining("only 2 units of stock"),
        })
        expect(await unitCount()).toBe(3)
        expect(await stocked()).toBe(5)
      })

      describe("refuses bad receipts with a 4xx naming the problem, writing nothing", () => {
        beforeEach(async () => {
          await receive({ serials: ["HAVE-1"] })
          await api.post(
            "/admin/serial-numbers",
            {
              serial_numbers: [
                {
                  serial: "OTHER-ITEM-1",
                  inventory_item_id: f.otherInventoryItemId,
                  attributes: { colour: "silver" },
                },
              ],
            },
            f.adminHeaders
          )
        })

        const cases: [string, () => Record<string, unknown>, number, RegExp][] =
          [
            [
              "a serial already in stock",
              () => ({ serials: ["NEW-1", "have-1"] }),
              422,
              /have-1/i,
            ],
            [
              "a serial of another item",
              () => ({ serials: ["OTHER-ITEM-1"] }),
              422,
              /OTHER-ITEM-1/,
            ],
            [
              "a serial twice in the batch",
              () => ({ serials: ["TWICE-1", "NEW-2", "twice-1"] }),
              422,
              /twice-1/i,
            ],
            [
              "a reversed range",
              () => ({ ranges: ["SN-0500..SN-0001"] }),
              400,
              /reversed/,
            ],
            [
              "a range over 100,000",
              () => ({ ranges: ["R-000000..R-100000"] }),
              400,
              /100001 serials/,
            ],
            [
              "a range with unlike ends",
              () => ({ ranges: ["A-1..B-9"] }),
              400,
              /same text/,
            ],
            ["nothing to receive", () => ({}), 400, /needs serials/],
            [
              "generate without a pattern",
              () => ({ generate: { count: 2 } }),
              400,
              /generator_pattern/,
            ],
            [
              "an untracked item",
              () => ({
                inventory_item_id: f.untrackedInventoryItemId,
                serials: ["U-1"],
              }),
              400,
              /not tracked "full"/,
            ],
            [
              "an unknown location",
              () => ({ stock_location_id: "sloc_nope", serials: ["L-1"] }),
              404,
              /sloc_nope/,
            ],
            [
              "an unknown field",
              () => ({ serials: ["X-1"], colour: "black" }),
              400,
              /colour/,
            ],
          ]
        it.each(cases)("%s", async (_name, body, status, message) => {
          const before = await stocked()
          const res = await receive(body())
          expect(res.status).toBe(status)
          expect(res.data.message).toMatch(message)
          expect(await unitCount()).toBe(2)
          expect(await stocked()).toBe(before)
        })
      })

      it("requires an admin", async () => {
        const res = await api
          .post("/admin/serial-receipts", {
            inventory_item_id: f.inventoryItemId,
            stock_location_id: f.locationId,
            serials: ["NOPE-1"],
          })
          .catch((e) => e.response)
        expect(res.status).toBe(401)
        expect(await unitCount()).toBe(0)
      })

      it("costs the same number of SQL statements for 10 serials as for 2,000", async () => {
        await receive({ serials: ["WARM-1"] }) // creates the level, warms caches
        const pg = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        ) as any
        const statements = async (prefix: string, n: number) => {
          let count = 0
          const listener = () => count++
          pg.on("query", listener)
          try {
            const res = await receive({
              ranges: [
                `${prefix}-00001..${prefix}-${String(n).padStart(5, "0")}`,
              ],
            })
            expect(res.status).toBe(201)
          } finally {
            pg.removeListener("query", listener)
          }
          return count
        }
        const ten = await statements("TEN", 10)
        const many = await statements("MANY", 2000)
        expect(ten).toBeGreaterThan(0)
        expect(many).toBe(ten)
        expect(await stocked()).toBe(2011)
      })
    })

    describe("Idempotency-Key", () => {
      const withKey = (key: string, body: Record<string, unknown>) =>
        api
          .post(
            "/admin/serial-receipts",
            {
              inventory_item_id: f.inventoryItemId,
              stock_location_id: f.locationId,
              attributes: { colour: "black" },
              ...body,
            },
            {
              headers: {
                ...f.adminHeaders.headers,
                "idempotency-key": key,
              },
            }
          )
          .catch((e) => e.response)

      it("answers a retry with the first receipt and receives nothing more", async () => {
        const first = await withKey("rcpt-key-1", {
          serials: ["IDEM-1", "IDEM-2"],
        })
        expect(first.status).toBe(201)
        const retry = await withKey("rcpt-key-1", {
          serials: ["IDEM-1", "IDEM-2"],
        })
        expect(retry.status).toBe(201)
        expect(retry.headers["idempotent-replayed"]).toBe("true")
        expect(retry.data).toEqual(first.data)
        expect(await unitCount()).toBe(2)
        expect(await stocked()).toBe(2)
      })

      it("refuses the same key with another body, writing nothing", async () => {
        await withKey("rcpt-key-2", { serials: ["IDEM-3"] })
        const other = await withKey("rcpt-key-2", { serials: ["IDEM-4"] })
        expect(other.status).toBe(422)
        expect(other.data.code).toBe("idempotency_key_reused")
        expect(await unitCount()).toBe(1)
        expect(await stocked()).toBe(1)
      })

      it("lets a refused receipt be retried with the same key once fixed", async () => {
        const bad = await withKey("rcpt-key-3", { ranges: ["B-9..B-1"] })
        expect(bad.status).toBe(400)
        const again = await withKey("rcpt-key-3", { ranges: ["B-9..B-1"] })
        expect(again.status).toBe(400)
        expect(again.headers["idempotent-replayed"]).toBeUndefined()
        expect(await unitCount()).toBe(0)
      })
    })

    describe("POST /admin/serial-receipts/check", () => {
      it("says per serial what receiving it would meet, writing nothing", async () => {
        await receive({ serials: ["HERE-1"] })
        await api.post(
          "/admin/serial-numbers",
          {
            serial_numbers: [
              {
                serial: "THERE-1",
                inventory_item_id: f.otherInventoryItemId,
                attributes: { colour: "silver" },
              },
            ],
          },
          f.adminHeaders
        )
        const res = await api.post(
          "/admin/serial-receipts/check",
          {
            inventory_item_id: f.inventoryItemId,
            serials: ["NEW-1", " here-1 ", "THERE-1", "new-1", "BAD\u0007"],
          },
          f.adminHeaders
        )
        expect(res.status).toBe(200)
        expect(
          res.data.serials.map((s: any) => [
            s.serial,
            s.outcome,
            s.unit?.status,
          ])
        ).toEqual([
          ["NEW-1", "new", undefined],
          ["here-1", "exists", "in_stock"], // trimmed, as a unit keeps it
          ["THERE-1", "other_item", "in_stock"],
          ["new-1", "repeated", undefined],
          ["BAD\u0007", "invalid", undefined],
        ])
        expect(res.data.counts).toEqual({
          new: 1,
          exists: 1,
          other_item: 1,
          repeated: 1,
          invalid: 1,
        })
        expect(await unitCount()).toBe(2)
      })
    })

    describe("scanned GS1 input", () => {
      beforeEach(async () => {
        await setVariantCodes(getContainer(), f.variantId, { ean: GTIN13 })
      })

      it("receives the serial and lot a GS1 scan names and checks it first", async () => {
        const scans = [
          `]C101${GTIN}21GS-1${GS}10LOT-A`,
          `https://id.example.com/01/${GTIN}/21/GS-2?10=LOT-B`,
          "0112345678901231",
        ]
        const check = await api.post(
          "/admin/serial-receipts/check",
          { inventory_item_id: f.inventoryItemId, serials: scans },
          f.adminHeaders
        )
        expect(
          check.data.serials.map((c: any) => [c.serial, c.input, c.outcome])
        ).toEqual([
          ["GS-1", scans[0], "new"],
          ["GS-2", scans[1], "new"],
          ["0112345678901231", undefined, "new"],
        ])
        const res = await receive({ serials: scans })
        expect(res.status).toBe(201)
        const rows = await sql(
          getContainer(),
          "select serial, lot from serial_number order by serial"
        )
        expect(rows).toEqual([
          { serial: "0112345678901231", lot: null },
          { serial: "GS-1", lot: "LOT-A" },
          { serial: "GS-2", lot: "LOT-B" },
        ])
        expect(await stocked()).toBe(3)
      })

      it("refuses a scan of another GTIN, writing nothing", async () => {
        const scan = `]C101${OTHER_GTIN}21GS-9`
        const check = await api.post(
          "/admin/serial-receipts/check",
          { inventory_item_id: f.inventoryItemId, serials: [scan] },
          f.adminHeaders
        )
        expect(check.data.serials[0]).toMatchObject({
          serial: scan,
          outcome: "invalid",
          message: expect.stringContaining(OTHER_GTIN),
        })
        const res = await receive({ serials: ["OK-1", scan] })
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(OTHER_GTIN)
        expect(await unitCount()).toBe(0)
        expect(await stocked()).toBeNull()
      })
    })

    describe("compensation", () => {
      it("a failure after the receipt leaves neither units nor stock, on a new level and an existing one", async () => {
        const run = (serials: string[]) =>
          receiveThenFail(getContainer()).run({
            input: {
              receipt: {
                inventory_item_id: f.inventoryItemId,
                stock_location_id: f.locationId,
                attributes: { colour: "black" },
                units: serials.map((serial) => ({ serial })),
              },
            },
            throwOnError: false,
          })
        const first = await run(["COMP-1", "COMP-2"])
        expect(first.errors[0].error.message).toContain("injected failure")
        expect(await unitCount()).toBe(0)
        expect(await stocked()).toBeNull()

        await receive({ serials: ["KEEP-1"] })
        const second = await run(["COMP-3"])
        expect(second.errors[0].error.message).toContain("injected failure")
        expect(await unitCount()).toBe(1)
        expect(await stocked()).toBe(1)
        const events = await sql(
          getContainer(),
          "select count(*)::int as n from serial_event"
        )
        expect(events[0].n).toBe(1)
      })
    })

    describe("POST /admin/serial-numbers keeps stock in step too", () => {
      it("raises stocked_quantity for units of full items at a location, not for units without one", async () => {
        const res = await api.post(
          "/admin/serial-numbers",
          {
            serial_numbers: [
              {
                serial: "C-1",
                inventory_item_id: f.inventoryItemId,
                stock_location_id: f.locationId,
                attributes: { colour: "black" },
              },
              {
                serial: "C-2",
                inventory_item_id: f.inventoryItemId,
                stock_location_id: f.locationId,
                attributes: { colour: "black" },
              },
              {
                serial: "C-3",
                inventory_item_id: f.inventoryItemId,
                attributes: { colour: "black" },
              },
              {
                serial: "C-4",
                inventory_item_id: f.otherInventoryItemId,
                stock_location_id: f.locationId,
                attributes: { colour: "silver" },
              },
            ],
          },
          f.adminHeaders
        )
        expect(res.status).toBe(201)
        expect(await stocked()).toBe(2)
        expect(await stocked(f.otherInventoryItemId)).toBe(1)
      })
    })
  },
})
