import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  blackPhoneUnit,
  createFixtures,
  Fixtures,
  sql,
} from "./helpers/fixtures"
import { GS, GTIN, GTIN13, OTHER_GTIN, setVariantCodes } from "./helpers/gtins"
import { scopeFixturesToChannel } from "./helpers/sales-channels"

jest.setTimeout(120000)

/** Serials that merely look like AIs: stored and looked up as typed. */
const AI_LOOKALIKES = ["0112345678901231", "21ABC", "10-200"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    beforeEach(async () => {
      f = await createFixtures(getContainer())
      // The black phone's item has a GTIN (as GTIN-13, plus a barcode that is
      // no GTIN); the silver one's item has none.
      await setVariantCodes(getContainer(), f.variantId, {
        ean: GTIN13,
        barcode: "SHELF-17",
      })
    })

    const unit = (serial: string, extra: Record<string, unknown> = {}) =>
      blackPhoneUnit(f)(serial, extra)
    const create = (rows: unknown[]) =>
      api.post(
        "/admin/serial-numbers",
        { serial_numbers: rows },
        { ...f.adminHeaders, validateStatus: () => true }
      )
    const lookup = (serial: string) =>
      api.get("/admin/serial-numbers/lookup", {
        ...f.adminHeaders,
        params: { serial, fields: "id,serial" },
        validateStatus: () => true,
      })
    const units = () =>
      sql(
        getContainer(),
        "select serial, lot, metadata from serial_number order by serial"
      )
    const eventCount = async () =>
      (await sql(getContainer(), "select count(*)::int n from serial_event"))[0]
        .n

    describe("POST /admin/serial-numbers", () => {
      it("reads element strings with and without FNC1, bracketed and unmarked, and Digital Links: serial, lot and expiry", async () => {
        const res = await create([
          unit(`]C101${GTIN}21GS-1${GS}10LOT-A${GS}17261231`),
          unit(`01${GTIN}21GS-2${GS}10LOT-A`, { lot: "LOT-A" }),
          unit(`${GS}01${GTIN}1727020021GS-3`),
          unit(`(01)${GTIN}(21)GS-4(10)LOT-B`),
          unit(`01${GTIN}21GS-5`, { metadata: { pallet: 4 } }),
          unit(`https://id.gs1.org/01/${GTIN13}/21/GS-6?10=LOT-C&17=261200`),
          ...AI_LOOKALIKES.map((serial) => unit(serial, { lot: "KEEP" })),
        ])
        expect([res.status, res.data.count]).toEqual([201, 9])
        expect(await units()).toEqual([
          { serial: "0112345678901231", lot: "KEEP", metadata: null },
          { serial: "10-200", lot: "KEEP", metadata: null },
          { serial: "21ABC", lot: "KEEP", metadata: null },
          {
            serial: "GS-1",
            lot: "LOT-A",
            metadata: { gs1_expiry: "2026-12-31" },
          },
          { serial: "GS-2", lot: "LOT-A", metadata: null },
          {
            serial: "GS-3",
            lot: null,
            metadata: { gs1_expiry: "2027-02-28" },
          },
          { serial: "GS-4", lot: "LOT-B", metadata: null },
          { serial: "GS-5", lot: null, metadata: { pallet: 4 } },
          {
            serial: "GS-6",
            lot: "LOT-C",
            metadata: { gs1_expiry: "2026-12-31" },
          },
        ])
      })

      it("refuses another item's GTIN, a GTIN for an item without one, a malformed scan and a contradicting lot, naming every row and writing nothing", async () => {
        const silver = {
          inventory_item_id: f.otherInventoryItemId,
          attributes: { colour: "silver" },
        }
        const res = await create([
          unit("FINE-1"),
          unit(`]C101${OTHER_GTIN}21BAD-1`),
          unit(`]C101${GTIN}21BAD-2`, silver),
          unit(`]C101${GTIN}10LOT-ONLY`),
          unit(`]C101${GTIN}21BAD-4${GS}10LOT-A`, { lot: "LOT-Z" }),
        ])
        expect([res.status, res.data.code]).toEqual([
          400,
          "serial_number_batch_invalid",
        ])
        expect(res.data.message).toMatch(
          /^4 of 5 serial numbers refused, nothing was written/
        )
        for (const part of [
          `row 2 ("]C101${OTHER_GTIN}21BAD-1"): Scanned GTIN ${OTHER_GTIN} (serial "BAD-1") does not match the item's GTIN ${GTIN}`,
          'row 3 ("]C101',
          "does not match the item, which has no GTIN (ean, upc or barcode on its variants) to match",
          `row 4 ("]C101${GTIN}10LOT-ONLY"): Scan "]C101${GTIN}10LOT-ONLY" has no serial (AI 21)`,
          'row 5 ("]C101',
          'lot "LOT-Z" differs from the scanned lot (10) "LOT-A"',
        ]) {
          expect(res.data.message).toContain(part)
        }
        expect(await units()).toEqual([])
        expect(await eventCount()).toBe(0)

        const cases: [unknown, string][] = [
          [
            unit(`https://id.gs1.org/01/${OTHER_GTIN}/21/X`),
            "serial_scan_gtin_mismatch",
          ],
          [unit(`01${GTIN}21X`, silver), "serial_scan_gtin_mismatch"],
          [unit(`(01)${GTIN}(21)`), "serial_scan_invalid"],
          [
            unit(`https://id.gs1.org/01/${GTIN}/21/X?17=261399`),
            "serial_scan_invalid",
          ],
          [
            unit(`]C101${GTIN}21X${GS}10L1`, { lot: "L2" }),
            "serial_scan_conflict",
          ],
        ]
        for (const [row, code] of cases) {
          const one = await create([row, unit("FINE-2")])
          expect([one.status, one.data.code]).toEqual([400, code])
          expect(one.data.message).toMatch(/^1 of 2 serial numbers refused/)
        }
        expect(await units()).toEqual([])
      })

      it("checks the GTINs of a batch in a fixed number of statements, whatever its size", async () => {
        const pg = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        ) as any
        const statements = async (serials: string[]) => {
          let n = 0
          const count = () => n++
          pg.on("query", count)
          try {
            const res = await create(
              serials.map((serial) => unit(`]C101${GTIN}21${serial}${GS}10L1`))
            )
            expect(res.status).toBe(201)
          } finally {
            pg.removeListener("query", count)
          }
          return n
        }
        await statements(["WARM-1"]) // warm caches (API key, links)
        const one = await statements(["ONE-1"])
        const many = await statements(
          Array.from({ length: 40 }, (_, i) => `MANY-${i}`)
        )
        expect(one).toBeGreaterThan(0)
        expect(many).toBe(one)
        expect(await units()).toHaveLength(42)
      })
    })

    describe("GET /admin/serial-numbers/lookup", () => {
      beforeEach(async () => {
        const res = await create([
          unit("LK-1"),
          unit("LK-S", {
            inventory_item_id: f.otherInventoryItemId,
            attributes: { colour: "silver" },
          }),
          ...AI_LOOKALIKES.map((serial) => unit(serial)),
        ])
        expect(res.status).toBe(201)
      })

      it("finds a unit by an element string or Digital Link naming its serial and item, in the lookup and the list filter", async () => {
        for (const scan of [
          `]C101${GTIN}21LK-1`,
          `${GS}01${GTIN}21lk-1${GS}10ANY`,
          `(01)${GTIN}(21)LK-1`,
          `01${GTIN}21LK-1`,
          `https://example.com/p/01/${GTIN13}/21/LK-1?linkType=gs1:pip`,
        ]) {
          const res = await lookup(scan)
          expect([res.status, res.data.serial_number?.serial]).toEqual([
            200,
            "LK-1",
          ])
          // The list's exact `serial` filter reads scans the same way.
          const list = await api.get("/admin/serial-numbers", {
            ...f.adminHeaders,
            params: { serial: scan, fields: "serial" },
          })
          expect(list.data.serial_numbers.map((u: any) => u.serial)).toEqual([
            "LK-1",
          ])
        }
        const refused = await api.get("/admin/serial-numbers", {
          ...f.adminHeaders,
          params: { serial: `]C101${OTHER_GTIN}21LK-1` },
          validateStatus: () => true,
        })
        expect([refused.status, refused.data.code]).toEqual([
          400,
          "serial_scan_gtin_mismatch",
        ])
      })

      it("looks plain serials that look like AIs up as typed", async () => {
        for (const serial of AI_LOOKALIKES) {
          const res = await lookup(serial)
          expect([res.status, res.data.serial_number?.serial]).toEqual([
            200,
            serial,
          ])
        }
        const missing = await lookup("21LK-1")
        expect([missing.status, missing.data.message]).toEqual([
          404,
          'No serial number matches "21LK-1"',
        ])
      })

      it("refuses a GTIN that is not the unit's item's, any GTIN for an item without one, and malformed scans", async () => {
        const cases: [string, string, string][] = [
          [
            `]C101${OTHER_GTIN}21LK-1`,
            "serial_scan_gtin_mismatch",
            `Scanned GTIN ${OTHER_GTIN} (serial "LK-1") does not match the item's GTIN ${GTIN}`,
          ],
          [
            `https://id.gs1.org/01/${GTIN}/21/LK-S`,
            "serial_scan_gtin_mismatch",
            "which has no GTIN (ean, upc or barcode on its variants) to match",
          ],
          [`]C101${GTIN}10LOT`, "serial_scan_invalid", "has no serial (AI 21)"],
        ]
        for (const [scan, code, message] of cases) {
          const res = await lookup(scan)
          expect([res.status, res.data.code]).toEqual([400, code])
          expect(res.data.message).toContain(message)
        }
        // A scan of a serial no unit has is simply not found.
        expect((await lookup(`]C101${OTHER_GTIN}21NOPE`)).status).toBe(404)
      })
    })

    describe("GET /store/serial-numbers/:serial/warranty", () => {
      const warranty = (serial: string) =>
        api.get(
          `/store/serial-numbers/${encodeURIComponent(serial)}/warranty`,
          { ...f.storeHeaders, validateStatus: () => true }
        )

      beforeEach(async () => {
        await scopeFixturesToChannel(getContainer(), f)
        await create([unit("W-1"), unit("W-0")])
        const [{ id }] = await sql(
          getContainer(),
          "select id from serial_number where serial = 'W-1'"
        )
        await api.post(`/admin/serial-numbers/${id}/sell`, {}, f.adminHeaders)
      })

      it("shows the warranty of the unit a scan names", async () => {
        for (const scan of [
          `https://id.gs1.org/01/${GTIN}/21/W-1?17=261231`,
          `]C101${GTIN}21W-1${GS}10L1`,
          `(01)${GTIN}(21)W-1`,
        ]) {
          const res = await warranty(scan)
          expect(res.status).toBe(200)
          expect(res.data.warranty).toMatchObject({
            serial: "W-1",
            status: "active",
            product_title: "Phone X",
          })
        }
      })

      it("refuses a mismatching GTIN only where it shows a warranty, naming neither item nor GTIN; elsewhere answers as for an unknown serial", async () => {
        const res = await warranty(`]C101${OTHER_GTIN}21W-1`)
        expect([res.status, res.data.code]).toEqual([
          400,
          "serial_scan_gtin_mismatch",
        ])
        expect(res.data.message).toBe(
          `The scanned GTIN ${OTHER_GTIN} is not the product of serial "W-1"`
        )
        const unknown = await warranty("NO-SUCH")
        for (const scan of [
          `]C101${OTHER_GTIN}21W-0`,
          `]C101${GTIN}21W-0`,
          `]C101${OTHER_GTIN}21NO-SUCH`,
        ]) {
          const other = await warranty(scan)
          expect(other.status).toBe(200)
          expect({ ...other.data.warranty, serial: null }).toEqual({
            ...unknown.data.warranty,
            serial: null,
          })
        }
      })

      it("refuses a malformed scan and keeps AI-looking plain serials as sent", async () => {
        const bad = await warranty(`]C101${GTIN}10LOT`)
        expect([bad.status, bad.data.code]).toEqual([
          400,
          "serial_scan_invalid",
        ])
        const plain = await warranty("21W-1")
        expect(plain.data.warranty).toMatchObject({
          serial: "21W-1",
          status: "none",
        })
      })
    })
  },
})
