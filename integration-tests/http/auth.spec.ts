import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminRoutes } from "./helpers/admin-routes"
import { createFixtures, sql } from "./helpers/fixtures"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const routes = adminRoutes()

    it("finds every admin route of the plugin", () => {
      // serial-numbers (list/create, lookup, :id get/update, 6 actions, photos
      // list/attach/remove), serial-templates (list/create, :id get/update/delete),
      // policies (get/set)
      expect(routes.length).toBeGreaterThanOrEqual(20)
      expect(routes).toEqual(
        expect.arrayContaining([
          {
            method: "POST",
            path: "/admin/serial-numbers/sn_unknown/mark-defective",
          },
          { method: "GET", path: "/admin/serial-numbers/sn_unknown/photos" },
          { method: "POST", path: "/admin/serial-numbers/sn_unknown/photos" },
          {
            method: "DELETE",
            path: "/admin/serial-numbers/sn_unknown/photos/sn_unknown",
          },
        ])
      )
    })

    it.each(adminRoutes().map((r) => [r.method, r.path]))(
      "%s %s answers 401 without credentials",
      async (method, path) => {
        const res = await api.request({
          method,
          url: path,
          data: method === "GET" ? undefined : {},
          validateStatus: () => true,
        })
        expect([res.status, res.data]).toEqual([
          401,
          { message: "Unauthorized" },
        ])
      }
    )

    it("reaches a plugin route at every swept path when authenticated (the sweep is not probing non-routes)", async () => {
      const f = await createFixtures(getContainer())
      for (const { method, path } of routes) {
        const res = await api.request({
          method,
          url: path,
          data: method === "GET" ? undefined : {},
          ...f.adminHeaders,
          validateStatus: () => true,
        })
        // A plugin route answers 2xx, a validation 400, or a 404 carrying one of its codes;
        // Medusa's own "no such route" 404 has no code.
        const reached =
          res.status < 300 ||
          res.status === 400 ||
          (res.status === 404 && !!res.data?.code)
        expect([method, path, reached]).toEqual([method, path, true])
      }
      const bogus = await api.get("/admin/serial-numbers-bogus/route", {
        ...f.adminHeaders,
        validateStatus: () => true,
      })
      expect(bogus.status === 404 && !bogus.data?.code).toBe(true)
    })

    it("writes nothing for an unauthenticated create", async () => {
      const f = await createFixtures(getContainer())
      const res = await api.post(
        "/admin/serial-numbers",
        {
          serial_numbers: [
            {
              serial: "NOAUTH-1",
              inventory_item_id: f.inventoryItemId,
              attributes: { colour: "black" },
            },
          ],
        },
        { validateStatus: () => true }
      )
      expect(res.status).toBe(401)
      expect(await sql(getContainer(), "select id from serial_number")).toEqual(
        []
      )
    })

    it("lets a publishable key alone reach no admin route", async () => {
      const f = await createFixtures(getContainer())
      const res = await api.get("/admin/serial-numbers", {
        ...f.storeHeaders,
        validateStatus: () => true,
      })
      expect(res.status).toBe(401)
    })
  },
})
