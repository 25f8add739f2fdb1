import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createFixtures, Fixtures, sql } from "./helpers/fixtures"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    const unit = (serial: string, extra: Record<string, unknown> = {}) => ({
      serial,
      inventory_item_id: f.inventoryItemId,
      stock_location_id: f.locationId,
      attributes: { colour: "black" },
      ...extra,
    })
    const create = (rows: unknown[]) =>
      api.post(
        "/admin/serial-numbers",
        { serial_numbers: rows },
        f.adminHeaders
      )
    const idOf = async (serial: string) =>
      (
        await sql(
          getContainer(),
          "select id from serial_number where serial = ?",
          [serial]
        )
      )[0].id

    beforeEach(async () => {
      f = await createFixtures(getContainer())
    })

    describe("POST /admin/serial-numbers", () => {
      it("creates a batch in stock, each unit with one received event by the admin", async () => {
        const rows = Array.from({ length: 250 }, (_, i) =>
          unit(`BATCH-${String(i).padStart(4, "0")}`, { lot: "L-7" })
        )
        const res = await create(rows)
        expect(res.status).toBe(201)
        expect(res.data.count).toBe(250)
        const [{ units, in_stock }] = await sql(
          getContainer(),
          "select count(*)::int as units, count(*) filter (where status = 'in_stock')::int as in_stock from serial_number"
        )
        expect({ units, in_stock }).toEqual({ units: 250, in_stock: 250 })
        const events = await sql(
          getContainer(),
          "select type, to_status, actor_id, count(*)::int as n from serial_event group by 1,2,3"
        )
        expect(events).toEqual([
          {
            type: "received",
            to_status: "in_stock",
            actor_id: expect.stringMatching(/^apk_/),
            n: 250,
          },
        ])
      })

      it("reaches the unit's location, item, variant and product through query.graph links", async () => {
        await create([unit("LINK-1")])
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "serial_number",
            fields: [
              "serial",
              "stock_location.name",
              "inventory_item.sku",
              "inventory_item.variants.title",
              "inventory_item.variants.product.title",
            ],
            filters: { serial: "LINK-1" },
          })
        expect(data[0]).toMatchObject({
          serial: "LINK-1",
          stock_location: { name: "Main warehouse" },
          inventory_item: {
            sku: "PHX-BLACK",
            variants: [
              { title: "Phone X Black", product: { title: "Phone X" } },
            ],
          },
        })
      })

      it("keeps the serial as entered and normalizes the key", async () => {
        await create([unit("  Ab-12   cd ")])
        const [row] = await sql(
          getContainer(),
          "select serial, normalized_serial from serial_number"
        )
        expect(row).toEqual({
          serial: "Ab-12 cd",
          normalized_serial: "ab-12 cd",
        })
      })
    })

    describe("GET /admin/serial-numbers", () => {
      beforeEach(async () => {
        await create([
          unit("LIST-A1", { lot: "LOT-A" }),
          unit("LIST-A2", { lot: "LOT-A" }),
          unit("LIST-B1", { lot: "LOT-B" }),
          {
            serial: "OTHER-1",
            inventory_item_id: f.otherInventoryItemId,
            attributes: { colour: "silver" },
          },
        ])
        await api.post(
          `/admin/serial-numbers/${await idOf("LIST-A2")}/reserve`,
          {},
          f.adminHeaders
        )
        await api.post(
          `/admin/serial-numbers/${await idOf("LIST-B1")}/sell`,
          {},
          f.adminHeaders
        )
      })

      const list = async (query: string) =>
        (await api.get(`/admin/serial-numbers?${query}`, f.adminHeaders)).data
      const serials = (data: any) =>
        data.serial_numbers.map((u: any) => u.serial).sort()

      it("returns units with their variant and product, and counts per status", async () => {
        const data = await list("limit=2&order=serial")
        expect(data.count).toBe(4)
        expect(data.serial_numbers).toHaveLength(2)
        expect(data.serial_numbers[0]).toMatchObject({
          serial: "LIST-A1",
          inventory_item: {
            sku: "PHX-BLACK",
            variants: [
              { title: "Phone X Black", product: { title: "Phone X" } },
            ],
          },
        })
        expect(data.status_counts).toEqual({
          in_stock: 2,
          reserved: 1,
          sold: 1,
          returned: 0,
          defective: 0,
          recalled: 0,
        })
      })

      it("filters by status but counts every status for the tabs", async () => {
        const data = await list("status=reserved,sold")
        expect(serials(data)).toEqual(["LIST-A2", "LIST-B1"])
        expect(data.status_counts).toEqual({
          in_stock: 2,
          reserved: 1,
          sold: 1,
          returned: 0,
          defective: 0,
          recalled: 0,
        })
      })

      it("filters by product, variant, inventory item, location, lot, template and text", async () => {
        expect(serials(await list(`variant_id=${f.variantId}`))).toEqual([
          "LIST-A1",
          "LIST-A2",
          "LIST-B1",
        ])
        expect((await list(`product_id=${f.productId}`)).count).toBe(4)
        expect(
          serials(await list(`inventory_item_id=${f.otherInventoryItemId}`))
        ).toEqual(["OTHER-1"])
        expect((await list(`stock_location_id=${f.locationId}`)).count).toBe(3)
        expect(serials(await list("lot=LOT-B"))).toEqual(["LIST-B1"])
        expect((await list(`template_id=${f.templateId}`)).count).toBe(4)
        expect(serials(await list("q=list-a"))).toEqual(["LIST-A1", "LIST-A2"])
        expect(serials(await list("q=%25"))).toEqual([])
        // `_` is a LIKE wildcard: escaped, "t_a" does not match "list-a1".
        expect(serials(await list("q=t_a"))).toEqual([])
        expect(serials(await list("serial=%20list-a1%20"))).toEqual(["LIST-A1"])
        const lotA = await list("lot=LOT-A")
        expect(lotA.status_counts).toEqual({
          in_stock: 1,
          reserved: 1,
          sold: 0,
          returned: 0,
          defective: 0,
          recalled: 0,
        })
      })

      it("filters by warranty state", async () => {
        expect(serials(await list("warranty=active"))).toEqual(["LIST-B1"])
        expect((await list("warranty=none")).count).toBe(3)
        expect((await list("warranty=expired")).count).toBe(0)
      })

      it("refuses unknown filters and bad values", async () => {
        for (const q of [
          "status=lost",
          "limit=0",
          "warranty=forever",
          "colour=red",
        ]) {
          const res = await api.get(`/admin/serial-numbers?${q}`, {
            ...f.adminHeaders,
            validateStatus: () => true,
          })
          expect([q, res.status, res.data.code]).toEqual([
            q,
            400,
            "serial_request_invalid",
          ])
        }
      })
    })

    describe("fields on the GET routes", () => {
      const get = (path: string) =>
        api.get(path, { ...f.adminHeaders, validateStatus: () => true })
      const UNIT_COLUMNS = [
        "id",
        "serial",
        "status",
        "inventory_item_id",
        "stock_location_id",
        "bin_code",
        "lot",
        "supplier_reference",
        "receipt_reference",
        "received_at",
        "purchased_at",
        "condition_grade",
        "condition_notes",
        "template_id",
        "attributes",
        "warranty_starts_at",
        "warranty_expires_at",
        "metadata",
        "created_at",
        "updated_at",
      ]
      const DEFAULT_KEYS = [
        ...UNIT_COLUMNS,
        "warranty_status",
        "inventory_item",
        "stock_location",
      ].sort()

      beforeEach(async () => {
        await create([
          unit("FLD-1", { lot: "LOT-F", bin_code: "A-01" }),
          unit("FLD-2", { lot: "LOT-F" }),
          unit("FLD-3", { lot: "LOT-F" }),
          {
            serial: "FLD-4",
            lot: "LOT-F",
            inventory_item_id: f.otherInventoryItemId,
            attributes: { colour: "silver" },
          },
        ])
        await api.post(
          `/admin/serial-numbers/${await idOf("FLD-2")}/sell`,
          {},
          f.adminHeaders
        )
      })

      it("returns the unit's columns, warranty state, item with variants and products, and location by default", async () => {
        const { data } = await get("/admin/serial-numbers?order=serial")
        expect(data.serial_numbers.map((u: any) => u.serial)).toEqual([
          "FLD-1",
          "FLD-2",
          "FLD-3",
          "FLD-4",
        ])
        for (const u of data.serial_numbers) {
          expect(Object.keys(u).sort()).toEqual(DEFAULT_KEYS)
        }
        const [first, sold, , other] = data.serial_numbers
        expect(first).toMatchObject({
          bin_code: "A-01",
          status: "in_stock",
          warranty_status: "none",
          inventory_item_id: f.inventoryItemId,
          inventory_item: {
            id: f.inventoryItemId,
            sku: "PHX-BLACK",
            title: expect.any(String),
            variants: [
              {
                id: f.variantId,
                title: "Phone X Black",
                sku: "PHX-BLACK",
                product: { id: f.productId, title: "Phone X" },
              },
            ],
          },
          stock_location: { id: f.locationId, name: "Main warehouse" },
        })
        // Exactly the default fields of each relation (no join keys such as product_id).
        expect(Object.keys(first.inventory_item).sort()).toEqual([
          "id",
          "sku",
          "title",
          "variants",
        ])
        expect(Object.keys(first.inventory_item.variants[0]).sort()).toEqual([
          "id",
          "product",
          "sku",
          "title",
        ])
        expect(Object.keys(first.stock_location).sort()).toEqual(["id", "name"])
        expect(sold.warranty_status).toBe("active")
        expect(other.stock_location).toBeNull()
        expect(other.inventory_item.variants[0].title).toBe("Phone X Silver")
      })

      it("returns only the fields asked for (plus id), computed ones included", async () => {
        const { data } = await get(
          "/admin/serial-numbers?fields=serial,status&order=serial"
        )
        expect(data.serial_numbers[0]).toEqual({
          id: await idOf("FLD-1"),
          serial: "FLD-1",
          status: "in_stock",
        })
        for (const u of data.serial_numbers) {
          expect(Object.keys(u).sort()).toEqual(["id", "serial", "status"])
        }
        const warranty = await get(
          "/admin/serial-numbers?fields=serial,warranty_status,allowed_actions&serial=FLD-2"
        )
        expect(warranty.data.serial_numbers).toEqual([
          {
            id: await idOf("FLD-2"),
            serial: "FLD-2",
            warranty_status: "active",
            allowed_actions: ["return", "mark_defective"],
          },
        ])
      })

      it("adds and removes fields, through the links down to the product", async () => {
        const { data } = await get(
          "/admin/serial-numbers?order=serial&fields=-stock_location,+stock_location.name,+inventory_item.variants.product.handle,-metadata"
        )
        const [first] = data.serial_numbers
        expect(first.stock_location).toEqual({ name: "Main warehouse" })
        expect(first.inventory_item.variants[0].product).toEqual({
          id: f.productId,
          title: "Phone X",
          handle: expect.any(String),
        })
        expect(first).not.toHaveProperty("metadata")
        expect(first).toHaveProperty("warranty_status")

        const only = await get(
          "/admin/serial-numbers?order=serial&limit=1&fields=serial,stock_location.name,inventory_item.variants.product.title"
        )
        expect(only.data.serial_numbers).toEqual([
          {
            id: await idOf("FLD-1"),
            serial: "FLD-1",
            stock_location: { name: "Main warehouse" },
            inventory_item: { variants: [{ product: { title: "Phone X" } }] },
          },
        ])

        const star = await get(
          `/admin/serial-numbers/${await idOf("FLD-1")}?fields=serial,*stock_location`
        )
        expect(star.data.serial_number).toMatchObject({
          serial: "FLD-1",
          stock_location: {
            id: f.locationId,
            name: "Main warehouse",
            created_at: expect.any(String),
          },
        })
      })

      it("refuses unknown or disallowed fields with a 400 naming them", async () => {
        for (const [path, named] of [
          ["/admin/serial-numbers?fields=+colour", "colour"],
          [
            "/admin/serial-numbers?fields=serial,inventory_item.cost",
            "inventory_item.cost",
          ],
          ["/admin/serial-numbers?fields=serial,*customer", "customer"],
          // One timeline per unit is the detail route's job.
          ["/admin/serial-numbers?fields=+events", "events"],
          ["/admin/serial-numbers/lookup?serial=FLD-1&fields=+nope", "nope"],
        ]) {
          const res = await get(path)
          expect({ path, status: res.status, code: res.data.code }).toEqual({
            path,
            status: 400,
            code: "serial_request_invalid",
          })
          expect(res.data.message).toContain(named)
        }
        const detail = await get(
          `/admin/serial-numbers/${await idOf("FLD-1")}?fields=+stock_location.secret`
        )
        expect([detail.status, detail.data.code]).toEqual([
          400,
          "serial_request_invalid",
        ])
        expect(detail.data.message).toContain("stock_location.secret")
        const order = await get("/admin/serial-numbers?order=colour")
        expect([order.status, order.data.code]).toEqual([
          400,
          "serial_request_invalid",
        ])
      })

      it("shapes the detail and the lookup the same way", async () => {
        const id = await idOf("FLD-2")
        const full = await get(`/admin/serial-numbers/${id}`)
        expect(Object.keys(full.data.serial_number).sort()).toEqual(
          [...DEFAULT_KEYS, "allowed_actions", "events"].sort()
        )
        expect(full.data.serial_number.events.map((e: any) => e.type)).toEqual([
          "received",
          "sold",
        ])
        const slim = await get(
          `/admin/serial-numbers/${id}?fields=serial,allowed_actions`
        )
        expect(slim.data.serial_number).toEqual({
          id,
          serial: "FLD-2",
          allowed_actions: ["return", "mark_defective"],
        })
        const noEvents = await get(`/admin/serial-numbers/${id}?fields=-events`)
        expect(noEvents.data.serial_number).not.toHaveProperty("events")
        expect(noEvents.data.serial_number.allowed_actions).toEqual([
          "return",
          "mark_defective",
        ])
        const lookup = await get(
          "/admin/serial-numbers/lookup?serial=%20fld-2&fields=serial,status"
        )
        expect(lookup.data.serial_number).toEqual({
          id,
          serial: "FLD-2",
          status: "sold",
        })
        const missing = await get(
          "/admin/serial-numbers/sn_missing?fields=serial"
        )
        expect(missing.status).toBe(404)
        expect(missing.data.code).toBe("serial_number_not_found")
      })

      it("paginates with exact counts and status counts, pages never overlapping", async () => {
        const page = await get(
          "/admin/serial-numbers?lot=LOT-F&order=-serial&limit=2&offset=1&fields=serial"
        )
        expect(page.data).toEqual({
          serial_numbers: [
            { id: await idOf("FLD-3"), serial: "FLD-3" },
            { id: await idOf("FLD-2"), serial: "FLD-2" },
          ],
          count: 4,
          offset: 1,
          limit: 2,
          status_counts: {
            in_stock: 3,
            reserved: 0,
            sold: 1,
            returned: 0,
            defective: 0,
            recalled: 0,
          },
        })
        // One batch shares its created_at: the default order breaks ties by id.
        const seen: string[] = []
        for (let offset = 0; offset < 4; offset++) {
          const res = await get(
            `/admin/serial-numbers?lot=LOT-F&limit=1&offset=${offset}&fields=serial`
          )
          expect(res.data.count).toBe(4)
          seen.push(res.data.serial_numbers[0].serial)
        }
        expect(seen.sort()).toEqual(["FLD-1", "FLD-2", "FLD-3", "FLD-4"])
        const sold = await get(
          "/admin/serial-numbers?lot=LOT-F&status=sold&fields=serial"
        )
        expect(sold.data.count).toBe(1)
        expect(sold.data.status_counts.in_stock).toBe(3)
      })

      it("reads a page in a fixed number of statements, whatever its size", async () => {
        const pg = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        ) as any
        const statements = async (query: string) => {
          let n = 0
          const count = () => n++
          pg.on("query", count)
          try {
            const res = await get(`/admin/serial-numbers?${query}`)
            expect(res.status).toBe(200)
          } finally {
            pg.removeListener("query", count)
          }
          return n
        }
        await statements("limit=1") // warm caches (API key, links)
        const one = await statements("lot=LOT-F&order=serial&limit=1")
        const four = await statements("lot=LOT-F&order=serial&limit=4")
        expect(one).toBeGreaterThan(0) // the listener does see the app's statements
        expect(four).toBe(one)
      })
    })

    describe("lookup and retrieve", () => {
      it("finds a unit by its normalized serial and shows its timeline and allowed actions", async () => {
        await create([unit("LOOK-1")])
        const id = await idOf("LOOK-1")
        await api.post(
          `/admin/serial-numbers/${id}/reserve`,
          { note: "held for Bob" },
          f.adminHeaders
        )
        const found = await api.get(
          "/admin/serial-numbers/lookup?serial=%20look-1%20",
          f.adminHeaders
        )
        expect(found.data.serial_number).toMatchObject({
          id,
          status: "reserved",
          allowed_actions: ["release", "sell", "mark_defective"],
          inventory_item: { variants: [{ product: { title: "Phone X" } }] },
        })
        expect(
          found.data.serial_number.events.map((e: any) => [
            e.type,
            e.to_status,
            e.note,
          ])
        ).toEqual([
          ["received", "in_stock", null],
          ["reserved", "reserved", "held for Bob"],
        ])
        const missing = await api.get(
          "/admin/serial-numbers/lookup?serial=nope",
          { ...f.adminHeaders, validateStatus: () => true }
        )
        expect(missing.status).toBe(404)
        expect(missing.data.code).toBe("serial_number_not_found")
      })
    })

    describe("POST /admin/serial-numbers/:id", () => {
      it("changes non-status fields and records each kind of change as an event", async () => {
        await create([unit("UPD-1", { bin_code: "A-01" })])
        const id = await idOf("UPD-1")
        const res = await api.post(
          `/admin/serial-numbers/${id}`,
          {
            bin_code: "B-07",
            condition_grade: "B",
            condition_notes: "scuff",
            attributes: { firmware: "2.1" },
            lot: "L-9",
            metadata: { a: 1 },
          },
          f.adminHeaders
        )
        expect(res.data.serial_number).toMatchObject({
          bin_code: "B-07",
          condition_grade: "B",
          lot: "L-9",
        })
        const [row] = await sql(
          getContainer(),
          "select status, attributes, metadata from serial_number where id = ?",
          [id]
        )
        expect(row).toEqual({
          status: "in_stock",
          attributes: { colour: "black", firmware: "2.1" },
          metadata: { a: 1 },
        })
        const events = await sql(
          getContainer(),
          "select type, data from serial_event where serial_number_id = ? and type <> 'received' order by type",
          [id]
        )
        expect(events.map((e: any) => e.type)).toEqual([
          "attributes_changed",
          "condition_changed",
          "moved",
          "updated",
        ])
        expect(events.find((e: any) => e.type === "moved").data).toEqual({
          changes: { bin_code: { from: "A-01", to: "B-07" } },
        })
      })

      it("refuses a status change through update", async () => {
        await create([unit("UPD-2")])
        const id = await idOf("UPD-2")
        const res = await api.post(
          `/admin/serial-numbers/${id}`,
          { status: "sold" },
          { ...f.adminHeaders, validateStatus: () => true }
        )
        expect([res.status, res.data.code]).toEqual([
          400,
          "serial_request_invalid",
        ])
        expect(res.data.message).toContain('unknown field "status"')
        expect(
          (
            await sql(
              getContainer(),
              "select status from serial_number where id = ?",
              [id]
            )
          )[0].status
        ).toBe("in_stock")
      })
    })

    describe("transitions", () => {
      it("walks a unit through its whole life, one event per change, status = latest event", async () => {
        await create([unit("LIFE-1")])
        const id = await idOf("LIFE-1")
        for (const action of [
          "reserve",
          "release",
          "sell",
          "return",
          "mark-defective",
          "restock",
        ]) {
          const res = await api.post(
            `/admin/serial-numbers/${id}/${action}`,
            { note: action },
            f.adminHeaders
          )
          const [row] = await sql(
            getContainer(),
            `select sn.status, (select to_status from serial_event e where e.serial_number_id = sn.id order by created_at desc, id desc limit 1) as last
             from serial_number sn where id = ?`,
            [id]
          )
          expect(row.status).toBe(row.last)
          expect(res.data.serial_number.status).toBe(row.status)
        }
        const events = await sql(
          getContainer(),
          "select type, from_status, to_status, note from serial_event where serial_number_id = ? order by created_at",
          [id]
        )
        expect(
          events.map((e: any) => `${e.from_status}>${e.to_status}`)
        ).toEqual([
          "null>in_stock",
          "in_stock>reserved",
          "reserved>in_stock",
          "in_stock>sold",
          "sold>returned",
          "returned>defective",
          "defective>in_stock",
        ])
      })
    })
  },
})
