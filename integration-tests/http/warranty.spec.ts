import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createFixtures, Fixtures, sql } from "./helpers/fixtures"
import { OTHER_GTIN } from "./helpers/gtins"
import {
  createProductInNewChannel,
  createPublishableKey,
  scopeFixturesToChannel,
} from "./helpers/sales-channels"

jest.setTimeout(120000)

// Small limits, so a test can reach them. Medusa sets Express's `trust proxy` to 1, so the
// client address is the last X-Forwarded-For entry: each test asks from addresses of its own.
const PER_IP = 5
const PER_KEY = 12
const OPTIONS = {
  warranty_rate_limit: {
    per_ip: { points: PER_IP, duration_s: 60 },
    per_key: { points: PER_KEY, duration_s: 60 },
  },
}
// Set before the runner loads medusa-config.ts (its `env` option is applied after that).
process.env.SERIAL_INVENTORY_OPTIONS = JSON.stringify(OPTIONS)
let testNumber = 0

const FORBIDDEN_KEYS =
  /order|customer|email|address|phone|first_name|last_name|cart|payment|metadata|lot|supplier|receipt|inventory|location|id"/i

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    let channelId: string
    beforeEach(async () => {
      testNumber++
      f = await createFixtures(getContainer())
      channelId = await scopeFixturesToChannel(getContainer(), f)
      await api.post(
        "/admin/serial-numbers",
        {
          serial_numbers: [
            {
              serial: "W-SOLD",
              inventory_item_id: f.inventoryItemId,
              attributes: { colour: "black" },
            },
            {
              serial: "W-NONE",
              inventory_item_id: f.inventoryItemId,
              attributes: { colour: "black" },
            },
            {
              serial: "W-OLD",
              inventory_item_id: f.inventoryItemId,
              attributes: { colour: "black" },
              warranty_starts_at: "2020-01-01",
              warranty_expires_at: "2022-01-01",
            },
          ],
        },
        f.adminHeaders
      )
      const [{ id }] = await sql(
        getContainer(),
        "select id from serial_number where serial = 'W-SOLD'"
      )
      await api.post(`/admin/serial-numbers/${id}/sell`, {}, f.adminHeaders)
    })

    /** A client address of this test (`n` picks one of several). */
    const address = (n = 0) => `10.${testNumber}.0.${n + 1}`
    const warranty = (
      serial: string,
      headers = f.storeHeaders,
      from = address()
    ) =>
      api.get(`/store/serial-numbers/${encodeURIComponent(serial)}/warranty`, {
        headers: { ...headers.headers, "x-forwarded-for": from },
        validateStatus: () => true,
      })

    it("requires a publishable key", async () => {
      const res = await warranty("W-SOLD", { headers: {} })
      expect([res.status, res.data.type]).toEqual([400, "not_allowed"])
      expect(res.data.message).toContain("Publishable API key required")
    })

    it("shows an active warranty with titles and dates, matched case- and space-insensitively", async () => {
      const res = await warranty("  w-sold ")
      expect(res.status).toBe(200)
      const [unit] = await sql(
        getContainer(),
        "select warranty_expires_at from serial_number where serial = 'W-SOLD'"
      )
      expect(res.data.warranty).toEqual({
        serial: "  w-sold ",
        status: "active",
        starts_at: expect.any(String),
        expires_at: new Date(unit.warranty_expires_at).toISOString(),
        product_title: "Phone X",
        variant_title: "Phone X Black",
      })
      // 24 months from the template
      const months =
        (Date.parse(res.data.warranty.expires_at) -
          Date.parse(res.data.warranty.starts_at)) /
        (30.44 * 864e5)
      expect(Math.round(months)).toBe(24)
    })

    it("shows an expired warranty", async () => {
      const res = await warranty("W-OLD")
      expect(res.data.warranty).toMatchObject({
        status: "expired",
        expires_at: "2022-01-01T00:00:00.000Z",
      })
    })

    it("answers an unknown serial exactly like a unit without warranty", async () => {
      const known = await warranty("W-NONE")
      const unknown = await warranty("NO-SUCH-SERIAL")
      expect(unknown.status).toBe(known.status)
      expect(known.status).toBe(200)
      expect(Object.keys(unknown.data.warranty).sort()).toEqual(
        Object.keys(known.data.warranty).sort()
      )
      expect({ ...unknown.data.warranty, serial: null }).toEqual({
        ...known.data.warranty,
        serial: null,
      })
      expect(known.data.warranty).toMatchObject({
        status: "none",
        starts_at: null,
        expires_at: null,
        product_title: null,
      })
    })

    it("answers a serial that could never exist (NUL, too long) like an unknown one", async () => {
      for (const serial of ["AB\u0000CD", "X".repeat(300)]) {
        const res = await warranty(serial)
        expect([
          res.status,
          res.data.warranty.status,
          res.data.warranty.product_title,
        ]).toEqual([200, "none", null])
      }
    })

    it("shows no titles of an unpublished product", async () => {
      await updateProductsWorkflow(getContainer()).run({
        input: { selector: { id: f.productId }, update: { status: "draft" } },
      })
      // The title cache is per process and keyed by inventory item: use a unit of another item.
      await api.post(
        "/admin/serial-numbers",
        {
          serial_numbers: [
            {
              serial: "W-DRAFT",
              inventory_item_id: f.otherInventoryItemId,
              attributes: { colour: "silver" },
            },
          ],
        },
        f.adminHeaders
      )
      const [{ id }] = await sql(
        getContainer(),
        "select id from serial_number where serial = 'W-DRAFT'"
      )
      await api.post(`/admin/serial-numbers/${id}/sell`, {}, f.adminHeaders)
      const res = await warranty("W-DRAFT")
      expect(res.data.warranty).toMatchObject({
        status: "active",
        product_title: null,
        variant_title: null,
      })
    })

    it("never returns order, customer, address or internal data", async () => {
      for (const serial of ["W-SOLD", "W-NONE", "W-OLD", "NOPE"]) {
        const res = await warranty(serial)
        expect(Object.keys(res.data)).toEqual(["warranty"])
        expect(JSON.stringify(Object.keys(res.data.warranty))).not.toMatch(
          FORBIDDEN_KEYS
        )
        expect(JSON.stringify(res.data)).not.toMatch(
          /\b(sn|iitem|sloc|apk|variant|prod|order|cus)_[0-9A-Z]{10,}/
        )
      }
    })

    describe("rate limit", () => {
      const refusedAlike = (a: any, b: any) => {
        expect([a.status, b.status]).toEqual([429, 429])
        expect(a.data).toEqual(b.data)
        expect(a.data).toEqual({
          code: "serial_warranty_rate_limited",
          type: "too_many_requests",
          message: expect.stringMatching(/^Too many warranty checks from /),
        })
        const waits = [a, b].map((r) => Number(r.headers["retry-after"]))
        for (const wait of waits) {
          expect(wait).toBeGreaterThanOrEqual(1)
          expect(wait).toBeLessThanOrEqual(60)
        }
        expect(Math.abs(waits[0] - waits[1])).toBeLessThanOrEqual(1)
      }

      it("refuses an address over its limit with 429 and Retry-After, alike for known and unknown serials", async () => {
        const allowed: number[] = []
        for (let i = 0; i < PER_IP; i++) {
          const serial = i % 2 ? "NO-SUCH-SERIAL" : "W-SOLD"
          allowed.push((await warranty(serial)).status)
        }
        expect(allowed).toEqual(Array(PER_IP).fill(200))
        const known = await warranty("W-SOLD")
        const unknown = await warranty("NO-SUCH-SERIAL")
        refusedAlike(known, unknown)
        expect(known.data.message).toContain("this address")
        // Another address with the same key is still served, with the full answer.
        const other = await warranty("W-SOLD", f.storeHeaders, address(1))
        expect([other.status, other.data.warranty.product_title]).toEqual([
          200,
          "Phone X",
        ])
      })

      it("refuses a publishable key over its limit from any address, and counts each key apart", async () => {
        // PER_KEY requests spread over addresses that each stay under PER_IP.
        const statuses: number[] = []
        for (let i = 0; i < PER_KEY; i++) {
          const serial = i % 3 ? "W-SOLD" : "NO-SUCH-SERIAL"
          statuses.push(
            (await warranty(serial, f.storeHeaders, address(i % 4))).status
          )
        }
        expect(statuses).toEqual(Array(PER_KEY).fill(200))
        const known = await warranty("W-SOLD", f.storeHeaders, address(9))
        const unknown = await warranty("NOPE", f.storeHeaders, address(10))
        refusedAlike(known, unknown)
        expect(known.data.message).toContain("this publishable key")
        // A key of its own (same channel) is served from a fresh address.
        const other = await createPublishableKey(getContainer(), [channelId])
        const res = await warranty("W-SOLD", other.storeHeaders, address(11))
        expect([res.status, res.data.warranty.status]).toEqual([200, "active"])
      })

      it("counts a malformed Digital Link, refused with 400 naming the problem", async () => {
        const badLinks = [
          "https://id.gs1.org/01/09506000134353/21/W-SOLD",
          "https://id.gs1.org/01/09506000134352/21",
        ]
        const problems = [
          "with an invalid check digit",
          "has a Digital Link path key without a value",
        ]
        for (let i = 0; i < PER_IP; i++) {
          const res = await warranty(badLinks[i % 2])
          expect([res.status, res.data.code]).toEqual([
            400,
            "serial_scan_invalid",
          ])
          expect(res.data.message).toContain(problems[i % 2])
          expect(res.data.message).toContain(badLinks[i % 2])
        }
        // The address spent its limit on malformed scans: even a good serial is refused now.
        const after = await warranty("W-SOLD")
        expect([after.status, after.headers["retry-after"]]).toEqual([
          429,
          expect.stringMatching(/^\d+$/),
        ])
      })
    })

    describe("sales channels", () => {
      let outside: {
        serial: string
        inventoryItemId: string
        channelId: string
      }
      beforeEach(async () => {
        // A second product, in a channel the fixtures' key is not scoped to, with a sold unit.
        const product = await createProductInNewChannel(getContainer(), {
          title: "Tablet Z",
          sku: "TBZ-1",
          templateId: f.templateId,
        })
        await api.post(
          "/admin/serial-numbers",
          {
            serial_numbers: [
              {
                serial: "T-OUT",
                inventory_item_id: product.inventoryItemId,
                attributes: { colour: "black" },
              },
            ],
          },
          f.adminHeaders
        )
        const [{ id }] = await sql(
          getContainer(),
          "select id from serial_number where serial = 'T-OUT'"
        )
        await api.post(`/admin/serial-numbers/${id}/sell`, {}, f.adminHeaders)
        outside = { serial: "T-OUT", ...product }
      })

      it("answers a unit of a product outside the key's channels exactly like an unknown serial, after its own channel's key was served (title cache)", async () => {
        // The product's own channel sees it (and fills the per-process title cache).
        const own = await createPublishableKey(getContainer(), [
          outside.channelId,
        ])
        const seen = await warranty(
          outside.serial,
          own.storeHeaders,
          address(1)
        )
        expect(seen.data.warranty).toMatchObject({
          status: "active",
          product_title: "Tablet Z",
          variant_title: "Tablet Z One",
        })
        // The fixtures' key (another channel) learns nothing, also by a scan with the wrong GTIN.
        const hidden = await warranty(outside.serial)
        const unknown = await warranty("T-NONE")
        expect(hidden.status).toBe(unknown.status)
        expect(hidden.status).toBe(200)
        expect(Object.keys(hidden.data)).toEqual(["warranty"])
        expect(hidden.data.warranty).toEqual({
          ...unknown.data.warranty,
          serial: outside.serial,
        })
        expect(hidden.data.warranty).toEqual({
          serial: outside.serial,
          status: "none",
          starts_at: null,
          expires_at: null,
          product_title: null,
          variant_title: null,
        })
        const scan = await warranty(`]C101${OTHER_GTIN}21${outside.serial}`)
        expect(scan.status).toBe(200)
        expect(scan.data.warranty).toEqual(hidden.data.warranty)
        // The fixtures' own product is still shown to its key.
        const inside = await warranty("W-SOLD", f.storeHeaders, address(2))
        expect(inside.data.warranty.product_title).toBe("Phone X")
      })

      it("shows the unit to a key scoped to both channels", async () => {
        const both = await createPublishableKey(getContainer(), [
          outside.channelId,
          channelId,
        ])
        for (const [serial, title] of [
          [outside.serial, "Tablet Z"],
          ["W-SOLD", "Phone X"],
        ]) {
          const res = await warranty(serial, both.storeHeaders)
          expect(res.data.warranty).toMatchObject({
            status: "active",
            product_title: title,
          })
        }
      })

      it("refuses a key without a sales channel for every serial alike, naming the problem", async () => {
        const bare = await createPublishableKey(getContainer(), [])
        const known = await warranty("W-SOLD", bare.storeHeaders)
        const unknown = await warranty("NOPE", bare.storeHeaders)
        expect(known.data).toEqual(unknown.data)
        expect([known.status, known.data.code]).toEqual([
          400,
          "serial_publishable_key_without_sales_channel",
        ])
        expect(known.data.message).toContain("needs a sales channel")
      })
    })
  },
})
