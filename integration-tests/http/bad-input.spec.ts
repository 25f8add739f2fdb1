import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createFixtures, Fixtures, sql } from "./helpers/fixtures"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    const unit = (serial: unknown, extra: Record<string, unknown> = {}) => ({
      serial,
      inventory_item_id: f.inventoryItemId,
      attributes: { colour: "black" },
      ...extra,
    })
    const post = (path: string, body: unknown) =>
      api.post(path, body, { ...f.adminHeaders, validateStatus: () => true })
    const create = (rows: unknown[]) =>
      post("/admin/serial-numbers", { serial_numbers: rows })
    const counts = async () =>
      (
        await sql(
          getContainer(),
          "select (select count(*)::int from serial_number) as units, (select count(*)::int from serial_event) as events"
        )
      )[0]

    beforeEach(async () => {
      f = await createFixtures(getContainer())
      await create([unit("EXIST-1"), unit("EXIST-2")])
    })

    it("refuses duplicates inside a batch and against existing units, naming every one, writing nothing", async () => {
      const before = await counts()
      const res = await create([
        unit("NEW-1"),
        unit("new-1 "),
        unit("exist-1"),
        unit("NEW-2"),
        unit(" EXIST-2"),
      ])
      expect(res.status).toBe(422)
      expect(res.data.type).toBe("duplicate_error")
      expect(res.data.message).toContain(
        'row 2 ("new-1 "): duplicates row 1 in this batch'
      )
      // The message names the stored serial each row clashes with.
      expect(res.data.message).toMatch(
        /row 3 \("exist-1"\): already exists as "EXIST-1" \(sn_\w+\)/
      )
      expect(res.data.message).toMatch(
        /row 5 \(" EXIST-2"\): already exists as "EXIST-2" \(sn_\w+\)/
      )
      expect(res.data.message).not.toContain("row 4")
      expect(await counts()).toEqual(before)
    })

    it("refuses a whole batch when one row of 1,000 is bad, listing all bad rows", async () => {
      const before = await counts()
      const rows = Array.from({ length: 1000 }, (_, i) => unit(`BULK-${i}`))
      rows[10] = unit("BULK-X", { attributes: { colour: "pink" } })
      rows[500] = unit("")
      rows[999] = unit("EXIST-1")
      const res = await create(rows)
      expect(res.status).toBe(400)
      expect(res.data.code).toBe("serial_number_batch_invalid")
      expect(res.data.message).toMatch(
        /^3 of 1000 serial numbers refused, nothing was written/
      )
      expect(res.data.message).toContain("row 11")
      expect(res.data.message).toContain("row 501")
      expect(res.data.message).toContain("row 1000")
      expect(await counts()).toEqual(before)
    })

    it.each([
      ["empty", "", "is empty"],
      ["blank", "   ", "is empty"],
      ["over-long", "X".repeat(129), "longer than 128"],
      ["control characters", "AB\u0000C", "control or invisible characters"],
      ["a bell", "AB\u0007C", "control or invisible characters"],
    ])("refuses a %s serial", async (_label, serial, problem) => {
      const before = await counts()
      const res = await create([unit(serial)])
      expect(res.status).toBe(400)
      expect(res.data.code).toBe("serial_number_invalid")
      expect(res.data.message).toContain(problem)
      expect(await counts()).toEqual(before)
    })

    it.each([
      ["unknown", { colour: "black", ram: "8GB" }, 'unknown attribute "ram"'],
      [
        "mistyped",
        { colour: "black", battery_health: "high" },
        '"battery_health" must be a number',
      ],
      [
        "outside the options",
        { colour: "pink" },
        '"colour" must be one of black, silver, gold',
      ],
      [
        "missing required",
        { firmware: "1.0" },
        'attribute "colour" is required',
      ],
    ])(
      "refuses %s template attributes on create",
      async (_label, attributes, message) => {
        const before = await counts()
        const res = await create([unit("ATTR-1", { attributes })])
        expect(res.status).toBe(400)
        expect(res.data.code).toBe("serial_attributes_invalid")
        expect(res.data.message).toContain(message)
        expect(await counts()).toEqual(before)
      }
    )

    it("refuses bad attributes on update, changing nothing", async () => {
      const [{ id }] = await sql(
        getContainer(),
        "select id from serial_number where serial = 'EXIST-1'"
      )
      const before = await counts()
      const res = await post(`/admin/serial-numbers/${id}`, {
        attributes: { colour: "pink", bin: 1 },
        bin_code: "Z",
      })
      expect([res.status, res.data.code]).toEqual([
        400,
        "serial_attributes_invalid",
      ])
      expect(res.data.message).toContain('"colour" must be one of')
      expect(res.data.message).toContain('unknown attribute "bin"')
      const [row] = await sql(
        getContainer(),
        "select bin_code, attributes from serial_number where id = ?",
        [id]
      )
      expect(row).toEqual({ bin_code: null, attributes: { colour: "black" } })
      expect(await counts()).toEqual(before)
    })

    it("refuses an invalid transition naming the serial, its status and the action", async () => {
      const [{ id }] = await sql(
        getContainer(),
        "select id from serial_number where serial = 'EXIST-1'"
      )
      const before = await counts()
      const res = await post(`/admin/serial-numbers/${id}/return`, {})
      expect(res.status).toBe(400)
      expect(res.data.code).toBe("serial_number_invalid_transition")
      expect(res.data.message).toContain("EXIST-1 (in_stock)")
      expect(res.data.message).toContain("return")
      expect(await counts()).toEqual(before)
    })

    it("answers unknown ids with 404 and a code", async () => {
      const cases: [string, string, string][] = [
        ["get", "/admin/serial-numbers/sn_missing", "serial_number_not_found"],
        [
          "post",
          "/admin/serial-numbers/sn_missing/reserve",
          "serial_number_not_found",
        ],
        ["post", "/admin/serial-numbers/sn_missing", "serial_number_not_found"],
        [
          "get",
          "/admin/serial-templates/stpl_missing",
          "serial_template_not_found",
        ],
        [
          "delete",
          "/admin/serial-templates/stpl_missing",
          "serial_template_not_found",
        ],
        [
          "get",
          "/admin/serial-tracking-policies/iitem_missing",
          "inventory_item_not_found",
        ],
      ]
      for (const [method, path, code] of cases) {
        const res = await (api as any)[method](
          path,
          ...(method === "post" ? [{}] : []),
          { ...f.adminHeaders, validateStatus: () => true }
        )
        expect([path, res.status, res.data.code]).toEqual([path, 404, code])
      }
    })

    it("refuses unknown inventory items, locations and templates on create", async () => {
      const before = await counts()
      const item = await create([
        unit("REF-1", { inventory_item_id: "iitem_missing" }),
      ])
      expect([item.status, item.data.code]).toEqual([
        404,
        "inventory_item_not_found",
      ])
      const location = await create([
        unit("REF-2", { stock_location_id: "sloc_missing" }),
      ])
      expect([location.status, location.data.code]).toEqual([
        404,
        "stock_location_not_found",
      ])
      const template = await create([
        unit("REF-3", { template_id: "stpl_missing" }),
      ])
      expect([template.status, template.data.code]).toEqual([
        404,
        "serial_template_not_found",
      ])
      expect(template.data.message).toContain(
        'row 1 ("REF-3"): template stpl_missing does not exist'
      )
      expect(await counts()).toEqual(before)
    })

    it("refuses units for an item whose tracking is off", async () => {
      const res = await create([
        unit("OFF-1", {
          inventory_item_id: f.untrackedInventoryItemId,
          attributes: {},
        }),
      ])
      expect(res.status).toBe(400)
      expect(res.data.code).toBe("serial_tracking_disabled")
    })

    it("refuses impossible dates and NUL characters with 400, naming row and field, writing nothing", async () => {
      const before = await counts()
      const cases: [Record<string, unknown>, string][] = [
        [
          { purchased_at: "2024-02-30" },
          "purchased_at: must be a real ISO 8601 date",
        ],
        [
          { received_at: "2026-01-01T10:00:00" },
          "received_at: must be a real ISO 8601 date",
        ],
        [{ lot: "L\u0000" }, "lot: must not contain NUL characters"],
        [
          { metadata: { note: "a\u0000b" } },
          "metadata: must not contain NUL characters",
        ],
        [
          { attributes: { colour: "black", firmware: "1\u0000" } },
          "attributes, firmware: must not contain NUL characters",
        ],
      ]
      for (const [extra, message] of cases) {
        const res = await create([unit("OK-1"), unit("BAD-2", extra)])
        expect([extra, res.status, res.data.code]).toEqual([
          extra,
          400,
          "serial_request_invalid",
        ])
        expect(res.data.message).toContain(`serial_numbers row 2, ${message}`)
      }
      const [{ id }] = await sql(
        getContainer(),
        "select id from serial_number where serial = 'EXIST-1'"
      )
      const note = await post(`/admin/serial-numbers/${id}/reserve`, {
        note: "x\u0000",
      })
      expect([note.status, note.data.code]).toEqual([
        400,
        "serial_request_invalid",
      ])
      expect(note.data.message).toContain(
        "note: must not contain NUL characters"
      )
      const date = await post(`/admin/serial-numbers/${id}`, {
        warranty_expires_at: "2026-02-31",
      })
      expect([date.status, date.data.code]).toEqual([
        400,
        "serial_request_invalid",
      ])
      expect(date.data.message).toContain(
        "warranty_expires_at: must be a real ISO 8601 date"
      )
      const q = await api.get("/admin/serial-numbers?q=%00", {
        ...f.adminHeaders,
        validateStatus: () => true,
      })
      expect([q.status, q.data.code]).toEqual([400, "serial_request_invalid"])
      expect(await counts()).toEqual(before)
    })

    it("refuses malformed bodies with the row and field named: unknown fields, empty and oversized batches", async () => {
      const before = await counts()
      const invalid = async (body: unknown, message: string | RegExp) => {
        const res = await post("/admin/serial-numbers", body)
        expect([res.status, res.data.type, res.data.code]).toEqual([
          400,
          "invalid_data",
          "serial_request_invalid",
        ])
        expect(res.data.message).toMatch(message)
      }
      await invalid(
        {
          serial_numbers: [unit("A"), unit("B"), unit("X", { colour: "red" })],
        },
        'serial_numbers row 3: unknown field "colour"'
      )
      await invalid({ serial_numbers: [] }, /serial_numbers: .*1/)
      await invalid({}, /serial_numbers: /)
      await invalid(
        { serial_numbers: [unit("A")], extra: 1 },
        'unknown field "extra"'
      )
      const huge = Array.from({ length: 10001 }, (_, i) => ({
        serial: `H${i}`,
        inventory_item_id: "i",
      }))
      await invalid({ serial_numbers: huge }, /10000/)
      expect(await counts()).toEqual(before)
    })

    it("refuses control characters in path ids with 400, on every route family, writing nothing", async () => {
      const before = await counts()
      const cases: [string, string][] = [
        ["get", "/admin/serial-numbers/sn%00x"],
        ["post", "/admin/serial-numbers/sn%00x"],
        ["post", "/admin/serial-numbers/sn%00x/reserve"],
        ["get", "/admin/serial-templates/stpl%00x"],
        ["delete", "/admin/serial-templates/stpl%00x"],
        ["post", "/admin/serial-tracking-policies/iitem%01x"],
      ]
      for (const [method, path] of cases) {
        const res = await (api as any)[method](
          path,
          ...(method === "post" ? [{}] : []),
          { ...f.adminHeaders, validateStatus: () => true }
        )
        expect([path, res.status, res.data.code]).toEqual([
          path,
          400,
          "serial_request_invalid",
        ])
      }
      expect(await counts()).toEqual(before)
    })
  },
})
