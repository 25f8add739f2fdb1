import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { parse } from "csv-parse/sync"
import { Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { importSerialNumberChunkWorkflow } from "../../src/workflows/serial-imports"
import {
  createSerialImportStep,
  writeSerialImportStep,
} from "../../src/workflows/serial-imports/steps"
import { createSerialTemplatesWorkflow } from "../../src/workflows/serial-templates"
import { setSerialTrackingPolicyWorkflow } from "../../src/workflows/tracking-policies"
import { createFixtures, Fixtures, sql } from "./helpers/fixtures"
import { eventually } from "./helpers/storefront"

jest.setTimeout(240000)

// The chunk workflow's hook, registered once for the file: it fails the
// chunk a test names, so the import must roll back the chunks before it.
let failChunk: number | null = null
let chunksSeen = 0
importSerialNumberChunkWorkflow.hooks.serialNumberChunkImported(async () => {
  chunksSeen += 1
  if (failChunk === chunksSeen) {
    throw new Error(`injected failure in chunk ${chunksSeen}`)
  }
})

// The write pass as a workflow of its own that fails right after it, so
// Medusa runs the write step's compensation (with its compacted data).
const testFailAfterSerialImportWriteStep = createStep(
  "test-fail-after-serial-import-write",
  async () => {
    throw new Error("injected failure after the write")
  }
)
const testSerialImportWriteThenFailWorkflow = createWorkflow(
  "test-serial-import-write-then-fail",
  (input: { file_id: string; transaction_id: string }) => {
    const record = createSerialImportStep(input)
    const write = transform({ input, record }, ({ input, record }) => ({
      import_id: record.id,
      file_id: input.file_id,
      chunk_size: 3,
    }))
    writeSerialImportStep(write)
    testFailAfterSerialImportWriteStep()
    return new WorkflowResponse(record)
  }
)

const csv = (rows: string[][]) => rows.map((r) => r.join(",")).join("\r\n")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    let refurbItem: string

    const opts = (headers: Record<string, string> = {}) => ({
      headers: { ...f.adminHeaders.headers, ...headers },
      validateStatus: () => true,
    })
    const upload = (body: string, headers: Record<string, string> = {}) =>
      api.post(
        "/admin/serial-imports?filename=units.csv",
        body,
        opts({ "content-type": "text/csv", ...headers })
      )
    const finished = async (id: string) => {
      const res = await eventually(
        () => api.get(`/admin/serial-imports/${id}`, opts()),
        (r) => ["completed", "failed"].includes(r.data.serial_import?.status),
        { tries: 600, everyMs: 100 }
      )
      expect(res.status).toBe(200)
      return res.data.serial_import
    }
    const units = () =>
      sql(
        getContainer(),
        "select serial, status, inventory_item_id, stock_location_id, lot, attributes, received_at from serial_number where deleted_at is null order by serial"
      )
    const receivedEvents = () =>
      sql(
        getContainer(),
        "select count(*)::int as n from serial_event where type = 'received'"
      ).then((r) => r[0].n)
    const imports = () => sql(getContainer(), "select * from serial_import")
    const stockedAtMain = async (itemId: string) => {
      const rows = await sql(
        getContainer(),
        `select stocked_quantity::int as q from inventory_level
         where inventory_item_id = ? and location_id = ? and deleted_at is null`,
        [itemId, f.locationId]
      )
      return rows[0]?.q ?? null
    }

    beforeEach(async () => {
      failChunk = null
      chunksSeen = 0
      f = await createFixtures(getContainer())
      // A second template with boolean and date attributes, on PHX-SILVER.
      const { result } = await createSerialTemplatesWorkflow(
        getContainer()
      ).run({
        input: {
          templates: [
            {
              name: "Refurbished",
              attributes: [
                { key: "sealed", type: "boolean", required: true },
                { key: "inspected_on", type: "date" },
              ],
            },
          ],
        },
      })
      refurbItem = f.otherInventoryItemId
      await setSerialTrackingPolicyWorkflow(getContainer()).run({
        input: {
          inventory_item_id: refurbItem,
          mode: "full",
          template_id: result[0].id,
        },
      })
    })

    describe("GET /admin/serial-numbers/export", () => {
      beforeEach(async () => {
        const res = await api.post(
          "/admin/serial-numbers",
          {
            serial_numbers: [
              ...["SN-B", "SN-A", "SN-C"].map((serial) => ({
                serial,
                inventory_item_id: f.inventoryItemId,
                stock_location_id: f.locationId,
                lot: serial === "SN-C" ? "=SUM(A1)" : "LOT-1",
                received_at: "2026-01-05T00:00:00.000Z",
                attributes: { colour: "black", battery_health: 97 },
              })),
              {
                serial: "RF-1",
                inventory_item_id: refurbItem,
                attributes: { sealed: true, inspected_on: "2026-02-01" },
              },
            ],
          },
          opts()
        )
        expect(res.status).toBe(201)
      })

      it("streams every unit the list filters match as CSV, in serial order, with one column per attribute", async () => {
        const res = await api.get(
          `/admin/serial-numbers/export?inventory_item_id=${f.inventoryItemId}&status=in_stock`,
          opts()
        )
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toMatch(/^text\/csv/)
        expect(res.headers["content-disposition"]).toMatch(
          /attachment; filename="serial-numbers-\d{4}-\d{2}-\d{2}\.csv"/
        )
        // A byte-order mark first, so spreadsheet apps read UTF-8.
        const raw = await api.get(
          `/admin/serial-numbers/export?inventory_item_id=${f.inventoryItemId}`,
          { ...opts(), responseType: "arraybuffer" }
        )
        expect([...Buffer.from(raw.data).subarray(0, 3)]).toEqual([
          0xef, 0xbb, 0xbf,
        ])
        const [header, ...rows] = parse(res.data, { bom: true }) as string[][]
        expect(header).toEqual([
          "serial",
          "status",
          "inventory_item_id",
          "sku",
          "product",
          "variant",
          "stock_location_id",
          "location",
          "bin_code",
          "lot",
          "supplier_reference",
          "receipt_reference",
          "received_at",
          "purchased_at",
          "condition_grade",
          "condition_notes",
          "warranty_starts_at",
          "warranty_expires_at",
          "attr:colour",
          "attr:firmware",
          "attr:battery_health",
          "attr:sealed",
          "attr:inspected_on",
        ])
        const records = rows.map((r) =>
          Object.fromEntries(header.map((h, i) => [h, r[i]]))
        )
        expect(records.map((r) => r.serial)).toEqual(["SN-A", "SN-B", "SN-C"])
        expect(records[0]).toMatchObject({
          status: "in_stock",
          inventory_item_id: f.inventoryItemId,
          sku: "PHX-BLACK",
          product: "Phone X",
          variant: "Phone X Black",
          stock_location_id: f.locationId,
          location: "Main warehouse",
          lot: "LOT-1",
          received_at: "2026-01-05T00:00:00.000Z",
          "attr:colour": "black",
          "attr:battery_health": "97",
          "attr:sealed": "",
        })
        // A cell a spreadsheet would run as a formula is escaped.
        expect(records[2].lot).toBe("'=SUM(A1)")
      })

      it("takes the list's filters (search, status) and refuses unknown ones", async () => {
        const search = await api.get(
          "/admin/serial-numbers/export?q=rf",
          opts()
        )
        const [header, ...rows] = parse(search.data, {
          bom: true,
        }) as string[][]
        expect(rows.map((r) => r[0])).toEqual(["RF-1"])
        expect(rows[0][header.indexOf("attr:sealed")]).toBe("true")
        const none = await api.get(
          "/admin/serial-numbers/export?status=sold",
          opts()
        )
        expect(parse(none.data, { bom: true })).toHaveLength(1)
        const bad = await api.get(
          "/admin/serial-numbers/export?limit=5",
          opts()
        )
        expect(bad.status).toBe(400)
        expect(bad.data.code).toBe("serial_request_invalid")
      })

      it("exports a file the import reads back (after the units are gone elsewhere)", async () => {
        const exported = await api.get(
          `/admin/serial-numbers/export?inventory_item_id=${f.inventoryItemId}`,
          opts()
        )
        // The same rows under new serials: everything else as exported.
        const body = (exported.data as string).replace(/SN-/g, "NEW-")
        const res = await upload(body)
        expect(res.status).toBe(202)
        const done = await finished(res.data.serial_import.id)
        expect(done).toMatchObject({ status: "completed", created: 3 })
        const copied = (await units()).filter((u) =>
          u.serial.startsWith("NEW-")
        )
        expect(copied.map((u) => u.lot)).toEqual(["LOT-1", "LOT-1", "=SUM(A1)"])
        expect(copied[0].attributes).toEqual({
          colour: "black",
          battery_health: 97,
        })
      })
    })

    describe("POST /admin/serial-imports", () => {
      it("imports in the background, reporting progress, by SKU and location name", async () => {
        const rows = [
          [
            "serial",
            "sku",
            "location",
            "lot",
            "received_at",
            "attr:colour",
            "attr:battery_health",
            "attr:sealed",
            "attr:inspected_on",
          ],
          ...Array.from({ length: 30 }, (_, i) => [
            `IMP-${String(i).padStart(3, "0")}`,
            "PHX-BLACK",
            "main warehouse",
            "L7",
            "2026-03-01",
            "silver",
            "88.5",
            "",
            "",
          ]),
          ["IMP-R1", "PHX-SILVER", "", "", "", "", "", "yes", "2026-02-03"],
        ]
        const res = await upload(csv(rows))
        expect(res.status).toBe(202)
        expect(res.data.serial_import).toMatchObject({
          filename: "units.csv",
          errors: [],
        })
        expect(["pending", "validating"]).toContain(
          res.data.serial_import.status
        )
        const done = await finished(res.data.serial_import.id)
        expect(done).toMatchObject({
          status: "completed",
          total: 31,
          validated: 31,
          processed: 31,
          created: 31,
          errors: [],
          message: null,
        })
        const written = await units()
        expect(written).toHaveLength(31)
        const black = written.find((u) => u.serial === "IMP-000")
        expect(black).toMatchObject({
          status: "in_stock",
          inventory_item_id: f.inventoryItemId,
          stock_location_id: f.locationId,
          lot: "L7",
          attributes: { colour: "silver", battery_health: 88.5 },
        })
        expect(new Date(black.received_at).toISOString()).toBe(
          "2026-03-01T00:00:00.000Z"
        )
        expect(written.find((u) => u.serial === "IMP-R1")).toMatchObject({
          inventory_item_id: refurbItem,
          stock_location_id: null,
          attributes: { sealed: true, inspected_on: "2026-02-03" },
        })
        expect(await receivedEvents()).toBe(31)
        // Units of a full item at a location are Medusa stock there.
        expect(await stockedAtMain(f.inventoryItemId)).toBe(30)
        // The stored file is deleted once the import is over.
        expect((await imports())[0].file_id).toBeNull()
      })

      it("refuses a header with missing or unknown columns at once, recording nothing", async () => {
        const cases: [string, RegExp][] = [
          ["sku,lot\nPHX-BLACK,L1", /missing column "serial"/],
          ["serial,lot\nA-1,L1", /missing column "inventory_item_id" or "sku"/],
          [
            "serial,sku,colour\nA-1,PHX-BLACK,black",
            /unknown column "colour" \(template attributes are "attr:<key>" columns\)/,
          ],
          [
            "serial,sku,attr:storage\nA-1,PHX-BLACK,64",
            /unknown column "attr:storage": no serial template defines the attribute "storage"/,
          ],
        ]
        for (const [body, message] of cases) {
          const res = await upload(body)
          expect(res.status).toBe(400)
          expect(res.data.code).toBe("serial_import_columns_invalid")
          expect(res.data.message).toMatch(message)
        }
        const empty = await upload("")
        expect(empty.status).toBe(400)
        expect(empty.data.code).toBe("serial_import_file_invalid")
        const json = await api.post(
          "/admin/serial-imports",
          { serial: "A" },
          opts()
        )
        expect(json.status).toBe(400)
        expect(json.data.code).toBe("serial_import_file_invalid")
        expect(await imports()).toHaveLength(0)
        expect(await units()).toHaveLength(0)
      })

      it("refuses a file with any bad row, writing nothing and naming every bad row and column", async () => {
        const taken = await api.post(
          "/admin/serial-numbers",
          {
            serial_numbers: [
              {
                serial: "TAKEN-1",
                inventory_item_id: f.inventoryItemId,
                attributes: { colour: "gold" },
              },
            ],
          },
          opts()
        )
        expect(taken.status).toBe(201)
        const header = [
          "serial",
          "inventory_item_id",
          "sku",
          "location",
          "purchased_at",
          "attr:colour",
          "attr:battery_health",
          "attr:sealed",
          "attr:inspected_on",
        ]
        const ok = (serial: string) => [
          serial,
          "",
          "PHX-BLACK",
          "",
          "",
          "black",
          "",
          "",
          "",
        ]
        const rows = [
          header,
          ok("GOOD-1"), // row 2
          ["BAD-NUM", "", "PHX-BLACK", "", "", "black", "ninety", "", ""], // 3
          ["BAD-SEL", "", "PHX-BLACK", "", "", "purple", "", "", ""], // 4
          ["BAD-BOOL", "", "PHX-SILVER", "", "", "", "", "maybe", ""], // 5
          ["BAD-DATE", "", "PHX-SILVER", "", "", "", "", "no", "31/02/2026"], // 6
          ok("GOOD-1"), // 7: twice in the file
          ok("taken-1"), // 8: already in the store (serials compare case-insensitively)
          ["UNK-SKU", "", "NOPE-1", "", "", "", "", "", ""], // 9
          ["UNK-ITEM", "iitem_missing", "", "", "", "", "", "", ""], // 10
          ["UNK-LOC", "", "PHX-BLACK", "Back room", "", "black", "", "", ""], // 11
          ["UNTRACKED", "", "PHX-GOLD", "", "", "", "", "", ""], // 12
          ["BAD-PDATE", "", "PHX-BLACK", "", "yesterday", "black", "", "", ""], // 13
          ["MISSING-REQ", "", "PHX-BLACK", "", "", "", "", "", ""], // 14
          ok("GOOD-2"), // 15
        ]
        const res = await upload(csv(rows))
        expect(res.status).toBe(202)
        const done = await finished(res.data.serial_import.id)
        expect(done.status).toBe("failed")
        expect(done.validated).toBe(14)
        expect(done.created).toBe(0)
        const byRow = (row: number) =>
          done.errors.filter((e: any) => e.row === row)
        // Each bad row: exactly one error, on this column, saying this.
        const expected: [number, string, string | RegExp | null][] = [
          [
            3,
            "attr:battery_health",
            'battery_health must be a number (got "ninety")',
          ],
          [4, "attr:colour", /must be one of black, silver, gold/],
          [5, "attr:sealed", 'sealed must be true or false (got "maybe")'],
          [6, "attr:inspected_on", null],
          [7, "serial", 'serial "GOOD-1" is already on row 2 of this file'],
          // Serials compare case-insensitively with those in the store.
          [8, "serial", /already exists as "TAKEN-1"/],
          [9, "sku", 'no inventory item has SKU "NOPE-1"'],
          [10, "inventory_item_id", "inventory item iitem_missing not found"],
          [11, "location", 'no stock location is named "Back room"'],
          [12, "sku", /serial tracking is off/],
          [13, "purchased_at", null],
          [14, "attr:colour", 'attribute "colour" is required'],
        ]
        for (const [row, column, message] of expected) {
          expect(byRow(row)).toEqual([
            expect.objectContaining({
              row,
              column,
              ...(message !== null && {
                message:
                  typeof message === "string"
                    ? message
                    : expect.stringMatching(message),
              }),
            }),
          ])
        }
        expect(byRow(2)).toEqual([])
        expect(byRow(15)).toEqual([])
        expect(new Set(done.errors.map((e: any) => e.row)).size).toBe(12)
        expect((await units()).map((u) => u.serial)).toEqual(["TAKEN-1"])
        expect(await receivedEvents()).toBe(1)
        expect((await imports())[0].file_id).toBeNull()
      })

      it("rolls back the chunks already written when a later chunk fails", async () => {
        failChunk = 2
        const rows = [
          ["serial", "sku", "location", "attr:colour"],
          ...Array.from({ length: 10005 }, (_, i) => [
            `CH-${i}`,
            "PHX-BLACK",
            "Main warehouse",
            "gold",
          ]),
        ]
        const res = await upload(csv(rows))
        expect(res.status).toBe(202)
        const done = await finished(res.data.serial_import.id)
        expect(done).toMatchObject({ status: "failed", errors: [] })
        // Every row was checked before the first chunk was written.
        expect(done.validated).toBe(rows.length - 1)
        expect(done.message).toMatch(/injected failure in chunk 2/)
        expect(chunksSeen).toBe(2)
        expect(await units()).toHaveLength(0)
        expect(await receivedEvents()).toBe(0)
        // The first chunk's 10,000 units raised the stock; the rollback lowered it again.
        expect(await stockedAtMain(f.inventoryItemId)).toBe(0)
      })
    })

    describe("compensation of the write pass", () => {
      it("removes every unit the write step wrote, their events and their stock", async () => {
        const body = csv([
          ["serial", "sku", "location", "attr:colour"],
          ...Array.from({ length: 8 }, (_, i) => [
            `COMP-${i}`,
            "PHX-BLACK",
            "Main warehouse",
            "gold",
          ]),
        ])
        const files = getContainer().resolve(Modules.FILE)
        const upload = await files.getUploadStream({
          filename: "serial-imports/compensation.csv",
          mimeType: "text/csv",
          access: "private",
        })
        upload.writeStream.end(Buffer.from(body))
        await upload.promise
        const { errors } = await testSerialImportWriteThenFailWorkflow(
          getContainer()
        ).run({
          input: { file_id: upload.fileKey, transaction_id: "test-comp" },
          throwOnError: false,
        })
        expect(errors[0]?.error?.message).toMatch(/injected failure/)
        // Three chunks (3 + 3 + 2 rows) were written before the failure.
        expect(chunksSeen).toBe(3)
        expect(await units()).toHaveLength(0)
        expect(await receivedEvents()).toBe(0)
        expect(await stockedAtMain(f.inventoryItemId)).toBe(0)
        expect((await imports())[0]).toMatchObject({ status: "failed" })
      })
    })

    describe("Idempotency-Key", () => {
      const body = csv([
        ["serial", "sku", "attr:colour"],
        ["IDEM-1", "PHX-BLACK", "black"],
        ["IDEM-2", "PHX-BLACK", "black"],
      ])

      it("replays the first import for a retry with the same key and body, and creates nothing more", async () => {
        const first = await upload(body, { "idempotency-key": "import-42" })
        expect(first.status).toBe(202)
        await finished(first.data.serial_import.id)
        const retry = await upload(body, { "idempotency-key": "import-42" })
        expect(retry.status).toBe(202)
        expect(retry.headers["idempotent-replayed"]).toBe("true")
        expect(retry.data.serial_import.id).toBe(first.data.serial_import.id)
        expect(await imports()).toHaveLength(1)
        expect((await units()).map((u) => u.serial)).toEqual([
          "IDEM-1",
          "IDEM-2",
        ])
        // Another key is another import (refused here: the serials exist now).
        const other = await upload(body, { "idempotency-key": "import-43" })
        expect(other.data.serial_import.id).not.toBe(
          first.data.serial_import.id
        )
        expect(await imports()).toHaveLength(2)
      })

      it("refuses the same key with another body (422) and a malformed key (400)", async () => {
        const first = await upload(body, { "idempotency-key": "import-7" })
        expect(first.status).toBe(202)
        const changed = await upload(body.replace("IDEM-2", "IDEM-3"), {
          "idempotency-key": "import-7",
        })
        expect(changed.status).toBe(422)
        expect(changed.data.code).toBe("idempotency_key_reused")
        expect(changed.data.message).toMatch(/"import-7" was already used/)
        const bad = await upload(body, { "idempotency-key": "x".repeat(300) })
        expect(bad.status).toBe(400)
        expect(bad.data.code).toBe("idempotency_key_invalid")
        await finished(first.data.serial_import.id)
        expect(await imports()).toHaveLength(1)
        expect(await units()).toHaveLength(2)
      })

      it("releases the key when the request is refused, so a corrected retry runs", async () => {
        const bad = await upload("serial,lot\nA,1", {
          "idempotency-key": "import-9",
        })
        expect(bad.status).toBe(400)
        const retry = await upload(body, { "idempotency-key": "import-9" })
        expect(retry.status).toBe(202)
        expect(await imports()).toHaveLength(1)
      })
    })

    it("GET /admin/serial-imports/:id is a 404 for an unknown import", async () => {
      const res = await api.get("/admin/serial-imports/simp_missing", opts())
      expect(res.status).toBe(404)
      expect(res.data.code).toBe("serial_import_not_found")
    })
  },
})
