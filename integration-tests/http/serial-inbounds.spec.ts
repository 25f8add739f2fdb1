import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { confirmSerialInboundWorkflow } from "../../src/workflows/serial-inbounds"
import { failingAfter } from "./helpers/fail-after"
import { createFixtures, Fixtures, sql } from "./helpers/fixtures"

jest.setTimeout(180000)

const confirmSerialInboundThenFail = failingAfter(
  "confirm-serial-inbound",
  confirmSerialInboundWorkflow
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    const call = (
      method: "get" | "post" | "delete",
      url: string,
      body?: unknown
    ) =>
      (method === "post"
        ? api.post(url, body, f.adminHeaders)
        : api[method](url, f.adminHeaders)
      ).catch((e) => e.response)
    const create = (body: Record<string, unknown>) =>
      call("post", "/admin/serial-inbounds", {
        stock_location_id: f.locationId,
        ...body,
      })
    const scan = (id: string, serials: string[], line_id?: string) =>
      call("post", `/admin/serial-inbounds/${id}/scans`, { serials, line_id })
    const q = (text: string, bindings: unknown[] = []) =>
      sql(getContainer(), text, bindings)
    const stocked = async (itemId = f.inventoryItemId) => {
      const rows = await q(
        `select stocked_quantity::int as q from inventory_level
         where inventory_item_id = ? and location_id = ? and deleted_at is null`,
        [itemId, f.locationId]
      )
      return rows.length ? rows[0].q : null
    }
    const units = () =>
      q(
        `select serial, status, inventory_item_id, stock_location_id, receipt_reference,
                attributes->>'colour' as colour
         from serial_number where deleted_at is null order by serial`
      )
    const receive = (
      serials: string[],
      itemId = f.inventoryItemId,
      colour = "black"
    ) =>
      api.post(
        "/admin/serial-receipts",
        {
          inventory_item_id: itemId,
          stock_location_id: f.locationId,
          attributes: { colour },
          serials,
        },
        f.adminHeaders
      )
    const counts = (lines: any[]) =>
      lines.map((l: any) => [l.inventory_item_id, l.counts])

    beforeEach(async () => {
      f = await createFixtures(getContainer())
    })

    describe("a manifest with pre-entered serials", () => {
      let inbound: any
      let lineA: string
      let lineB: string
      beforeEach(async () => {
        await receive(["HAVE-1"])
        await receive(["OTHER-1"], f.otherInventoryItemId, "silver")
        const res = await create({
          reference: "ASN-100",
          supplier_reference: "ACME",
          lines: [
            {
              inventory_item_id: f.inventoryItemId,
              serials: ["EXP-1", "EXP-2"],
              csv: "sku,serial\nPHX,EXP-3\n",
              attributes: { colour: "black" },
            },
            {
              inventory_item_id: f.otherInventoryItemId,
              serials: ["B-1"],
              attributes: { colour: "silver" },
            },
          ],
        })
        expect(res.status).toBe(201)
        inbound = res.data.serial_inbound
        lineA = inbound.lines[0].id
        lineB = inbound.lines[1].id
      })

      it("stores the manifest, its lines and the expected serials from the list and the CSV", async () => {
        expect(inbound).toMatchObject({
          id: expect.stringMatching(/^sinb_/),
          status: "open",
          reference: "ASN-100",
          stock_location_id: f.locationId,
        })
        expect(
          await q(
            `select l.inventory_item_id, l.mode, l.expected_quantity, s.serial, s.expected, s.scan_count
             from serial_inbound_serial s join serial_inbound_line l on l.id = s.line_id
             order by s.serial`
          )
        ).toEqual([
          {
            inventory_item_id: f.otherInventoryItemId,
            mode: "serials",
            expected_quantity: 1,
            serial: "B-1",
            expected: true,
            scan_count: 0,
          },
          {
            inventory_item_id: f.inventoryItemId,
            mode: "serials",
            expected_quantity: 3,
            serial: "EXP-1",
            expected: true,
            scan_count: 0,
          },
          {
            inventory_item_id: f.inventoryItemId,
            mode: "serials",
            expected_quantity: 3,
            serial: "EXP-2",
            expected: true,
            scan_count: 0,
          },
          {
            inventory_item_id: f.inventoryItemId,
            mode: "serials",
            expected_quantity: 3,
            serial: "EXP-3",
            expected: true,
            scan_count: 0,
          },
        ])
        expect(counts(inbound.lines)).toEqual([
          [
            f.inventoryItemId,
            { expected: 3, scanned: 0, matched: 0, missing: 3, extra: 0 },
          ],
          [
            f.otherInventoryItemId,
            { expected: 1, scanned: 0, matched: 0, missing: 1, extra: 0 },
          ],
        ])
      })

      it("classifies every scan: matched, scanned twice, extra, wrong item, in stock elsewhere, invalid", async () => {
        const res = await scan(
          inbound.id,
          [
            "EXP-1",
            " exp-1 ",
            "EXP-9",
            "B-1",
            "HAVE-1",
            "OTHER-1",
            "",
            "EXP-2",
          ],
          lineA
        )
        expect(res.status).toBe(200)
        expect(res.data.results.map((r: any) => [r.serial, r.outcome])).toEqual(
          [
            ["EXP-1", "matched"],
            ["exp-1", "duplicate_scan"],
            ["EXP-9", "extra"],
            ["B-1", "wrong_item"],
            ["HAVE-1", "in_stock_elsewhere"],
            ["OTHER-1", "wrong_item"],
            ["", "invalid"],
            ["EXP-2", "matched"],
          ]
        )
        const [, , extra, wrong, elsewhere, otherUnit] = res.data.results
        expect(wrong.message).toContain(`Expected on line ${lineB}`)
        expect(elsewhere.message).toContain(`in_stock at ${f.locationId}`)
        expect(elsewhere.serial_number).toMatchObject({
          status: "in_stock",
          inventory_item_id: f.inventoryItemId,
        })
        expect(otherUnit.serial_number).toMatchObject({
          inventory_item_id: f.otherInventoryItemId,
        })
        expect(counts(res.data.lines)).toEqual([
          [
            f.inventoryItemId,
            { expected: 3, scanned: 3, matched: 2, missing: 1, extra: 1 },
          ],
          [
            f.otherInventoryItemId,
            { expected: 1, scanned: 0, matched: 0, missing: 1, extra: 0 },
          ],
        ])
        const again = await scan(inbound.id, ["EXP-2"])
        expect(again.data.results[0].outcome).toBe("duplicate_scan")
        expect(
          await q(
            `select serial, expected, scan_count, scanned_at is not null as scanned, line_id
             from serial_inbound_serial where deleted_at is null order by serial`
          )
        ).toEqual([
          {
            serial: "B-1",
            expected: true,
            scan_count: 0,
            scanned: false,
            line_id: lineB,
          },
          {
            serial: "EXP-1",
            expected: true,
            scan_count: 2,
            scanned: true,
            line_id: lineA,
          },
          {
            serial: "EXP-2",
            expected: true,
            scan_count: 2,
            scanned: true,
            line_id: lineA,
          },
          {
            serial: "EXP-3",
            expected: true,
            scan_count: 0,
            scanned: false,
            line_id: lineA,
          },
          {
            serial: "EXP-9",
            expected: false,
            scan_count: 1,
            scanned: true,
            line_id: lineA,
          },
        ])
        expect(extra.scan_id).toEqual(expect.stringMatching(/^sinbs_/))
        expect((await units()).map((u) => u.serial)).toEqual([
          "HAVE-1",
          "OTHER-1",
        ])
      })

      it("confirms only the scanned expected serials once the extra scan is undone, then refuses every change", async () => {
        const res = await scan(inbound.id, ["EXP-1", "EXP-9", "EXP-2"], lineA)
        const extraId = res.data.results[1].scan_id
        const refused = await call(
          "post",
          `/admin/serial-inbounds/${inbound.id}/confirm`
        )
        expect(refused.status).toBe(400)
        expect(refused.data).toMatchObject({
          code: "serial_inbound_extra_scans",
          message: expect.stringContaining("EXP-9"),
        })
        expect(await q("select status from serial_inbound")).toEqual([
          { status: "open" },
        ])
        expect((await units()).length).toBe(2)

        const undone = await call(
          "delete",
          `/admin/serial-inbounds/${inbound.id}/scans/${extraId}`
        )
        expect(undone.status).toBe(200)
        expect(undone.data.lines[0].counts).toMatchObject({
          extra: 0,
          matched: 2,
        })
        expect(
          await q(
            "select deleted_at is not null as gone from serial_inbound_serial where serial = 'EXP-9'"
          )
        ).toEqual([{ gone: true }])

        const confirmed = await call(
          "post",
          `/admin/serial-inbounds/${inbound.id}/confirm`
        )
        expect(confirmed.status).toBe(200)
        expect(confirmed.data.receipt).toMatchObject({
          id: inbound.id,
          count: 2,
          stock_added: 2,
        })
        expect(confirmed.data.serial_inbound).toMatchObject({
          status: "confirmed",
          confirmed_at: expect.any(String),
        })
        expect(
          confirmed.data.serial_inbound.lines.map((l: any) => [
            l.confirmed_quantity,
            l.counts.missing,
          ])
        ).toEqual([
          [2, 1],
          [0, 1],
        ])
        expect(await units()).toEqual([
          expect.objectContaining({
            serial: "EXP-1",
            status: "in_stock",
            stock_location_id: f.locationId,
            receipt_reference: inbound.id,
            colour: "black",
          }),
          expect.objectContaining({
            serial: "EXP-2",
            status: "in_stock",
            receipt_reference: inbound.id,
          }),
          expect.objectContaining({ serial: "HAVE-1" }),
          expect.objectContaining({ serial: "OTHER-1" }),
        ])
        expect(
          await q(
            `select n.serial, e.type, e.to_status from serial_event e
             join serial_number n on n.id = e.serial_number_id
             where n.receipt_reference = ? order by n.serial`,
            [inbound.id]
          )
        ).toEqual([
          { serial: "EXP-1", type: "received", to_status: "in_stock" },
          { serial: "EXP-2", type: "received", to_status: "in_stock" },
        ])
        expect(await stocked()).toBe(3)
        expect(await stocked(f.otherInventoryItemId)).toBe(1)

        const before = await q(
          "select id, scan_count, scanned_at, deleted_at from serial_inbound_serial order by id"
        )
        const attempts = [
          await scan(inbound.id, ["EXP-3"], lineA),
          await call(
            "delete",
            `/admin/serial-inbounds/${inbound.id}/scans/${res.data.results[0].scan_id}`
          ),
          await call("post", `/admin/serial-inbounds/${inbound.id}/confirm`),
          await call("post", `/admin/serial-inbounds/${inbound.id}/cancel`),
        ]
        for (const attempt of attempts) {
          expect(attempt.status).toBe(400)
          expect(attempt.data).toMatchObject({
            code: "serial_inbound_not_open",
            message: expect.stringContaining("is confirmed"),
          })
        }
        expect(
          await q(
            "select id, scan_count, scanned_at, deleted_at from serial_inbound_serial order by id"
          )
        ).toEqual(before)
        expect((await units()).length).toBe(4)
        expect(await stocked()).toBe(3)
      })

      it("two confirmations at once receive once; two scan batches at once count each serial once", async () => {
        const batches = await Promise.all([
          scan(inbound.id, ["EXP-1", "EXP-2"], lineA),
          scan(inbound.id, ["EXP-2", "EXP-1"], lineA),
        ])
        expect(
          batches
            .flatMap((b) => b.data.results.map((r: any) => r.outcome))
            .sort()
        ).toEqual(["duplicate_scan", "duplicate_scan", "matched", "matched"])
        const both = await Promise.all([
          call("post", `/admin/serial-inbounds/${inbound.id}/confirm`),
          call("post", `/admin/serial-inbounds/${inbound.id}/confirm`),
        ])
        expect(both.map((r) => r.status).sort()).toEqual([200, 400])
        expect(both.find((r) => r.status === 400)!.data.code).toBe(
          "serial_inbound_not_open"
        )
        expect(
          (await units()).filter((u) => u.receipt_reference === inbound.id)
        ).toHaveLength(2)
        expect(await stocked()).toBe(3)
      })

      it("reads GS1 scans and checks their GTIN against the line's item", async () => {
        await getContainer()
          .resolve(Modules.PRODUCT)
          .updateProductVariants(f.variantId, { ean: "9506000134352" })
        const res = await scan(
          inbound.id,
          ["(01)09506000134352(21)EXP-1", "(01)04006381333931(21)EXP-2"],
          lineA
        )
        expect(res.data.results).toEqual([
          expect.objectContaining({ serial: "EXP-1", outcome: "matched" }),
          expect.objectContaining({
            serial: "EXP-2",
            outcome: "wrong_item",
            message: expect.stringContaining("04006381333931"),
          }),
        ])
        expect(
          await q(
            "select serial from serial_inbound_serial where scan_count > 0"
          )
        ).toEqual([{ serial: "EXP-1" }])
      })

      it("lists the manifest's serials by state", async () => {
        await scan(inbound.id, ["EXP-1", "EXP-9"], lineA)
        const missing = await call(
          "get",
          `/admin/serial-inbounds/${inbound.id}/serials?state=missing&line_id=${lineA}`
        )
        expect(missing.data.serials.map((s: any) => s.serial)).toEqual([
          "EXP-2",
          "EXP-3",
        ])
        const unexpected = await call(
          "get",
          `/admin/serial-inbounds/${inbound.id}/serials?state=unexpected`
        )
        expect(unexpected.data.serials.map((s: any) => s.serial)).toEqual([
          "EXP-9",
        ])
        const list = await call("get", "/admin/serial-inbounds?status=open")
        expect(list.data).toMatchObject({ count: 1 })
        expect(list.data.serial_inbounds[0].lines[0].counts).toMatchObject({
          matched: 1,
          extra: 1,
        })
      })

      it("a failure during confirmation leaves no units, no stock and the manifest open", async () => {
        await scan(inbound.id, ["EXP-1", "EXP-2"], lineA)
        await scan(inbound.id, ["B-1"], lineB)
        const { errors } = await confirmSerialInboundThenFail(
          getContainer()
        ).run({
          input: { id: inbound.id },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("injected failure")
        expect((await units()).map((u) => u.serial)).toEqual([
          "HAVE-1",
          "OTHER-1",
        ])
        expect(await stocked()).toBe(1)
        expect(await stocked(f.otherInventoryItemId)).toBe(1)
        expect(
          await q("select status, confirmed_at from serial_inbound")
        ).toEqual([{ status: "open", confirmed_at: null }])
        expect(
          await q("select confirmed_quantity from serial_inbound_line")
        ).toEqual([{ confirmed_quantity: null }, { confirmed_quantity: null }])
        expect(
          (await q("select count(*)::int as n from serial_event"))[0].n
        ).toBe(2)
        // Still confirmable afterwards.
        const ok = await call(
          "post",
          `/admin/serial-inbounds/${inbound.id}/confirm`
        )
        expect(ok.data.receipt.count).toBe(3)
      })

      it("scans cost the same number of SQL statements for 10 serials as for 500", async () => {
        const pg = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        ) as any
        const statements = async (prefix: string, n: number) => {
          let count = 0
          const listener = () => count++
          pg.on("query", listener)
          try {
            const res = await scan(
              inbound.id,
              Array.from({ length: n }, (_, i) => `${prefix}-${i}`),
              lineA
            )
            expect(res.status).toBe(200)
          } finally {
            pg.removeListener("query", listener)
          }
          return count
        }
        await statements("WARM", 1)
        const ten = await statements("TEN", 10)
        const many = await statements("MANY", 500)
        expect(ten).toBeGreaterThan(0)
        expect(many).toBe(ten)
      })
    })

    describe("a quantity-only manifest", () => {
      it("matches scans up to the quantity, flags the rest extra, and receives the scanned set with the quantity following the scan count", async () => {
        const res = await create({
          lines: [
            {
              inventory_item_id: f.inventoryItemId,
              expected_quantity: 3,
              attributes: { colour: "black" },
            },
          ],
        })
        const inbound = res.data.serial_inbound
        expect(inbound.lines[0]).toMatchObject({
          mode: "quantity",
          expected_quantity: 3,
        })
        const scanned = await scan(inbound.id, [
          "Q-1",
          "Q-2",
          "Q-3",
          "Q-4",
          "q-2",
        ])
        expect(scanned.data.results.map((r: any) => r.outcome)).toEqual([
          "matched",
          "matched",
          "matched",
          "extra",
          "duplicate_scan",
        ])
        expect(scanned.data.lines[0].counts).toEqual({
          expected: 3,
          scanned: 4,
          matched: 3,
          missing: 0,
          extra: 1,
        })
        const refused = await call(
          "post",
          `/admin/serial-inbounds/${inbound.id}/confirm`
        )
        expect(refused.data).toMatchObject({
          code: "serial_inbound_extra_scans",
          message: expect.stringContaining("Q-4"),
        })
        for (const r of scanned.data.results.slice(2, 4)) {
          await call(
            "delete",
            `/admin/serial-inbounds/${inbound.id}/scans/${r.scan_id}`
          )
        }
        const confirmed = await call(
          "post",
          `/admin/serial-inbounds/${inbound.id}/confirm`
        )
        expect(confirmed.status).toBe(200)
        expect(confirmed.data.serial_inbound.lines[0]).toMatchObject({
          confirmed_quantity: 2,
          counts: { expected: 3, matched: 2, missing: 1, extra: 0, scanned: 2 },
        })
        expect((await units()).map((u) => [u.serial, u.status])).toEqual([
          ["Q-1", "in_stock"],
          ["Q-2", "in_stock"],
        ])
        expect(await stocked()).toBe(2)
      })
    })

    it("cancels an open manifest, after which scans are refused", async () => {
      const { data } = await create({
        lines: [{ inventory_item_id: f.inventoryItemId, expected_quantity: 1 }],
      })
      const canceled = await call(
        "post",
        `/admin/serial-inbounds/${data.serial_inbound.id}/cancel`
      )
      expect(canceled.data.serial_inbound).toMatchObject({
        status: "canceled",
        canceled_at: expect.any(String),
      })
      const res = await scan(data.serial_inbound.id, ["C-1"])
      expect(res.data.code).toBe("serial_inbound_not_open")
      expect(
        await q("select count(*)::int as n from serial_inbound_serial")
      ).toEqual([{ n: 0 }])
    })

    describe("refuses bad requests with a 4xx naming the problem, writing nothing", () => {
      const cases: [
        string,
        () => Record<string, unknown>,
        number,
        string,
        RegExp,
      ][] = [
        [
          "an untracked item",
          () => ({
            lines: [
              {
                inventory_item_id: f.untrackedInventoryItemId,
                expected_quantity: 1,
              },
            ],
          }),
          400,
          "serial_tracking_disabled",
          /not tracked "full"/i,
        ],
        [
          "an unknown location",
          () => ({
            stock_location_id: "sloc_nope",
            lines: [
              { inventory_item_id: f.inventoryItemId, expected_quantity: 1 },
            ],
          }),
          404,
          "",
          /sloc_nope/,
        ],
        [
          "an unknown item",
          () => ({
            lines: [{ inventory_item_id: "iitem_nope", expected_quantity: 1 }],
          }),
          404,
          "",
          /iitem_nope/,
        ],
        [
          "an item on two lines",
          () => ({
            lines: [
              { inventory_item_id: f.inventoryItemId, expected_quantity: 1 },
              { inventory_item_id: f.inventoryItemId, expected_quantity: 2 },
            ],
          }),
          400,
          "serial_inbound_invalid",
          /line 2: item .* is on an earlier line/,
        ],
        [
          "a serial twice on the manifest",
          () => ({
            lines: [
              { inventory_item_id: f.inventoryItemId, serials: ["D-1"] },
              { inventory_item_id: f.otherInventoryItemId, serials: ["d-1"] },
            ],
          }),
          400,
          "serial_inbound_invalid",
          /"d-1" is already on line 1/,
        ],
        [
          "a line with neither serials nor a quantity",
          () => ({ lines: [{ inventory_item_id: f.inventoryItemId }] }),
          400,
          "serial_inbound_invalid",
          /needs serials or an expected_quantity/,
        ],
        [
          "a CSV without a serial column",
          () => ({
            lines: [{ inventory_item_id: f.inventoryItemId, csv: "sku\nX" }],
          }),
          400,
          "serial_request_invalid",
          /lines\[0\]\.csv the header row has no "serial" column/,
        ],
        [
          "a control character in a serial",
          () => ({
            lines: [
              { inventory_item_id: f.inventoryItemId, serials: ["BAD\u0007"] },
            ],
          }),
          400,
          "serial_inbound_invalid",
          /control/,
        ],
        [
          "an unknown field",
          () => ({
            lines: [
              { inventory_item_id: f.inventoryItemId, expected_quantity: 1 },
            ],
            colour: "x",
          }),
          400,
          "serial_request_invalid",
          /colour/,
        ],
      ]
      it.each(cases)("%s", async (_name, body, status, code, message) => {
        const res = await create(body())
        expect(res.status).toBe(status)
        if (code) {
          expect(res.data.code).toBe(code)
        }
        expect(res.data.message).toMatch(message)
        expect(
          await q(
            "select (select count(*) from serial_inbound)::int as i, (select count(*) from serial_inbound_line)::int as l, (select count(*) from serial_inbound_serial)::int as s"
          )
        ).toEqual([{ i: 0, l: 0, s: 0 }])
      })

      it("refuses malformed scan batches, unknown lines and unknown manifests", async () => {
        const { data } = await create({
          lines: [
            { inventory_item_id: f.inventoryItemId, expected_quantity: 1 },
          ],
        })
        const id = data.serial_inbound.id
        const notArray = await call(
          "post",
          `/admin/serial-inbounds/${id}/scans`,
          { serials: "S-1" }
        )
        expect([notArray.status, notArray.data.code]).toEqual([
          400,
          "serial_request_invalid",
        ])
        const badLine = await scan(id, ["S-1"], "sinbl_nope")
        expect([badLine.status, badLine.data.code]).toEqual([
          404,
          "serial_inbound_line_not_found",
        ])
        const unknown = await scan("sinb_nope", ["S-1"])
        expect([unknown.status, unknown.data.code]).toEqual([
          404,
          "serial_inbound_not_found",
        ])
        const noScan = await call(
          "delete",
          `/admin/serial-inbounds/${id}/scans/sinbs_nope`
        )
        expect([noScan.status, noScan.data.code]).toEqual([
          404,
          "serial_inbound_scan_not_found",
        ])
        const nothing = await call(
          "post",
          `/admin/serial-inbounds/${id}/confirm`
        )
        expect([nothing.status, nothing.data.code]).toEqual([
          400,
          "serial_inbound_nothing_scanned",
        ])
        expect(
          await q("select count(*)::int as n from serial_inbound_serial")
        ).toEqual([{ n: 0 }])
        expect(await q("select status from serial_inbound")).toEqual([
          { status: "open" },
        ])
      })
    })

    it("requires an admin", async () => {
      const created = await api
        .post("/admin/serial-inbounds", {
          stock_location_id: f.locationId,
          lines: [
            { inventory_item_id: f.inventoryItemId, expected_quantity: 1 },
          ],
        })
        .catch((e) => e.response)
      expect(created.status).toBe(401)
      expect(await q("select count(*)::int as n from serial_inbound")).toEqual([
        { n: 0 },
      ])
    })
  },
})
