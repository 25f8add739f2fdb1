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
          .resolve("query")
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
          inventory_item: { sku: "PHX-BLACK" },
          variants: [{ title: "Phone X Black", product: { title: "Phone X" } }],
        })
        expect(data.status_counts).toEqual({
          in_stock: 2,
          reserved: 1,
          sold: 1,
          returned: 0,
          defective: 0,
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
        const lotA = await list("lot=LOT-A")
        expect(lotA.status_counts).toEqual({
          in_stock: 1,
          reserved: 1,
          sold: 0,
          returned: 0,
          defective: 0,
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
          expect(res.status).toBe(400)
        }
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
          variants: [{ product: { title: "Phone X" } }],
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
        expect(res.status).toBe(400)
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
