import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createFixtures, Fixtures, sql } from "./helpers/fixtures"

jest.setTimeout(120000)

const FORBIDDEN_KEYS =
  /order|customer|email|address|phone|first_name|last_name|cart|payment|metadata|lot|supplier|receipt|inventory|location|id"/i

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    beforeEach(async () => {
      f = await createFixtures(getContainer())
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

    const warranty = (serial: string, headers = f.storeHeaders) =>
      api.get(`/store/serial-numbers/${encodeURIComponent(serial)}/warranty`, {
        ...headers,
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
  },
})
