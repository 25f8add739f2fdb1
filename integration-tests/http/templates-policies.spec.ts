import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createFixtures, Fixtures, sql } from "./helpers/fixtures"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    const opts = () => ({ ...f.adminHeaders, validateStatus: () => true })

    beforeEach(async () => {
      f = await createFixtures(getContainer())
    })

    describe("/admin/serial-templates", () => {
      it("creates, lists, retrieves, updates and deletes a template", async () => {
        const created = await api.post(
          "/admin/serial-templates",
          {
            name: "Refurbished laptops",
            warranty_months: 6,
            condition_grades: ["A", "B", "C"],
            attributes: [
              {
                key: "grade",
                type: "select",
                options: ["A", "B", "C"],
                required: true,
              },
              { key: "battery_health", type: "number", unit: "%" },
            ],
          },
          f.adminHeaders
        )
        expect(created.status).toBe(201)
        const id = created.data.serial_template.id
        expect(id).toMatch(/^stpl_/)
        const [row] = await sql(
          getContainer(),
          "select name, warranty_months, attributes, condition_grades from serial_template where id = ?",
          [id]
        )
        expect(row).toMatchObject({
          name: "Refurbished laptops",
          warranty_months: 6,
          condition_grades: ["A", "B", "C"],
        })
        expect(row.attributes).toHaveLength(2)

        const list = await api.get(
          "/admin/serial-templates?q=laptop",
          f.adminHeaders
        )
        expect(list.data.serial_templates.map((t: any) => t.id)).toEqual([id])
        expect(
          (await api.get("/admin/serial-templates", f.adminHeaders)).data.count
        ).toBe(2)

        const updated = await api.post(
          `/admin/serial-templates/${id}`,
          { warranty_months: 12 },
          f.adminHeaders
        )
        expect(updated.data.serial_template).toMatchObject({
          id,
          warranty_months: 12,
          name: "Refurbished laptops",
        })

        const deleted = await api.delete(
          `/admin/serial-templates/${id}`,
          f.adminHeaders
        )
        expect(deleted.data).toEqual({
          id,
          object: "serial_template",
          deleted: true,
        })
        expect(
          (await api.get(`/admin/serial-templates/${id}`, opts())).status
        ).toBe(404)
      })

      it("refuses to delete a template a tracking policy uses, naming the item", async () => {
        const res = await api.delete(
          `/admin/serial-templates/${f.templateId}`,
          opts()
        )
        expect(res.status).toBe(400)
        expect(res.data.code).toBe("serial_template_in_use")
        expect(res.data.message).toContain(f.inventoryItemId)
        expect(
          await sql(
            getContainer(),
            "select deleted_at from serial_template where id = ?",
            [f.templateId]
          )
        ).toEqual([{ deleted_at: null }])
      })

      it("refuses to delete a template that units still use", async () => {
        const spare = await api.post(
          "/admin/serial-templates",
          { name: "Spare" },
          f.adminHeaders
        )
        const id = spare.data.serial_template.id
        await api.post(
          "/admin/serial-numbers",
          {
            serial_numbers: [
              {
                serial: "TPL-1",
                inventory_item_id: f.inventoryItemId,
                template_id: id,
              },
            ],
          },
          f.adminHeaders
        )
        const res = await api.delete(`/admin/serial-templates/${id}`, opts())
        expect([res.status, res.data.code]).toEqual([
          400,
          "serial_template_in_use",
        ])
        expect(res.data.message).toContain("1 serial number(s)")
        expect(
          await sql(
            getContainer(),
            "select deleted_at from serial_template where id = ?",
            [id]
          )
        ).toEqual([{ deleted_at: null }])
      })

      it("refuses bad definitions and taken names with their codes, writing nothing", async () => {
        const invalid = (code: string) => [400, "invalid_data", code]
        const bad: [unknown, unknown[]][] = [
          [
            { name: "X", attributes: [{ key: "Colour Name", type: "text" }] },
            invalid("serial_template_invalid"),
          ],
          [
            { name: "X", attributes: [{ key: "c", type: "select" }] },
            invalid("serial_template_invalid"),
          ],
          [
            {
              name: "X",
              attributes: [
                { key: "c", type: "text" },
                { key: "c", type: "number" },
              ],
            },
            invalid("serial_template_invalid"),
          ],
          [
            { name: "X", attributes: [{ key: "c", type: "colour" }] },
            invalid("serial_request_invalid"),
          ],
          [{ name: "" }, invalid("serial_request_invalid")],
          [{ name: "X", colour: "red" }, invalid("serial_request_invalid")],
          // Medusa replaces the code of a duplicate error: its type tells it.
          [
            { name: "Phones" },
            [422, "duplicate_error", "invalid_request_error"],
          ],
        ]
        for (const [body, expected] of bad) {
          const res = await api.post("/admin/serial-templates", body, opts())
          expect([body, res.status, res.data.type, res.data.code]).toEqual([
            body,
            ...expected,
          ])
        }
        expect(
          await sql(getContainer(), "select name from serial_template")
        ).toEqual([{ name: "Phones" }])
      })

      it("gives a name two concurrent creates ask for to one of them, the other a 422", async () => {
        const results = await Promise.all(
          [1, 2, 3].map(() =>
            api.post("/admin/serial-templates", { name: "Tablets" }, opts())
          )
        )
        expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422])
        const lost = results.filter((r) => r.status === 422)
        for (const res of lost) {
          expect(res.data.type).toBe("duplicate_error")
          expect(res.data.message).toMatch(
            /^Template name already used: "Tablets" \(stpl_/
          )
        }
        expect(
          await sql(
            getContainer(),
            "select count(*)::int as n from serial_template where name = 'Tablets'"
          )
        ).toEqual([{ n: 1 }])
      })
    })

    describe("/admin/serial-tracking-policies/:inventory_item_id", () => {
      it("reads the default for an item without a policy, then sets and changes one", async () => {
        const path = `/admin/serial-tracking-policies/${f.untrackedInventoryItemId}`
        const initial = await api.get(path, f.adminHeaders)
        expect(initial.data.serial_tracking_policy).toMatchObject({
          mode: "none",
          is_default: true,
        })

        const set = await api.post(
          path,
          {
            mode: "outbound",
            template_id: f.templateId,
            allocation_strategy: "condition",
            generator_pattern: "PHX-{YYYY}-{SEQ:6}",
          },
          f.adminHeaders
        )
        expect(set.data.serial_tracking_policy).toMatchObject({
          mode: "outbound",
          is_default: false,
        })
        await api.post(path, { warranty_months: 36 }, f.adminHeaders)

        const rows = await sql(
          getContainer(),
          "select mode, template_id, warranty_months, allocation_strategy, generator_pattern from serial_tracking_policy where inventory_item_id = ?",
          [f.untrackedInventoryItemId]
        )
        expect(rows).toEqual([
          {
            mode: "outbound",
            template_id: f.templateId,
            warranty_months: 36,
            allocation_strategy: "condition",
            generator_pattern: "PHX-{YYYY}-{SEQ:6}",
          },
        ])
        expect(
          (await api.get(path, f.adminHeaders)).data.serial_tracking_policy
        ).toMatchObject({ mode: "outbound", warranty_months: 36 })
      })

      it("refuses unknown items, unknown templates and bad values", async () => {
        expect(
          (
            await api.post(
              "/admin/serial-tracking-policies/iitem_missing",
              { mode: "full" },
              opts()
            )
          ).status
        ).toBe(404)
        const path = `/admin/serial-tracking-policies/${f.untrackedInventoryItemId}`
        const template = await api.post(
          path,
          { template_id: "stpl_missing" },
          opts()
        )
        expect([template.status, template.data.code]).toEqual([
          404,
          "serial_template_not_found",
        ])
        for (const body of [{ mode: "sometimes" }, { warranty_months: -1 }]) {
          const res = await api.post(path, body, opts())
          expect([res.status, res.data.code]).toEqual([
            400,
            "serial_request_invalid",
          ])
          expect(res.data.message).toContain(Object.keys(body)[0])
        }
        expect(
          await sql(
            getContainer(),
            "select id from serial_tracking_policy where inventory_item_id = ?",
            [f.untrackedInventoryItemId]
          )
        ).toEqual([])
      })

      it("refuses to turn tracking off while the item has units the store holds", async () => {
        const path = `/admin/serial-tracking-policies/${f.inventoryItemId}`
        await api.post(
          "/admin/serial-numbers",
          {
            serial_numbers: [
              {
                serial: "HOLD-1",
                inventory_item_id: f.inventoryItemId,
                attributes: { colour: "black" },
              },
            ],
          },
          f.adminHeaders
        )
        const res = await api.post(path, { mode: "none" }, opts())
        expect([res.status, res.data.code]).toEqual([
          400,
          "serial_tracking_policy_in_use",
        ])
        expect(res.data.message).toContain("1 in_stock")
        expect(
          await sql(
            getContainer(),
            "select mode from serial_tracking_policy where inventory_item_id = ?",
            [f.inventoryItemId]
          )
        ).toEqual([{ mode: "full" }])
      })
    })
  },
})
