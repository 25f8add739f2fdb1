import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SERIAL_INVENTORY_MODULE } from ".."
import type SerialInventoryModuleService from "../service"
import { waitUntilBlocked } from "./helpers/race-gates"

jest.setTimeout(60000)

const ITEM = "iitem_test"

moduleIntegrationTestRunner<SerialInventoryModuleService>({
  moduleName: SERIAL_INVENTORY_MODULE,
  resolve: "./src/modules/serial-inventory",
  pathToMigrations: "./src/modules/serial-inventory/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const raw = async (text: string, bindings: unknown[] = []) => {
      const knex = MikroOrmWrapper.getManager().getKnex()
      return (await knex.raw(text, bindings)).rows
    }
    const waitBlocked = (n: number) => waitUntilBlocked(raw, n)
    // A template and a `full` policy that uses it, for an inventory item.
    const trackWithTemplate = async (
      item: string,
      template: Record<string, unknown>,
      policy: Record<string, unknown> = {}
    ) => {
      const created = await service.createSerialTemplates(template as any)
      await service.setSerialTrackingPolicy({
        inventory_item_id: item,
        mode: "full",
        template_id: created.id,
        ...policy,
      })
      return created
    }
    const receive = (serials: string[]) =>
      service.createSerialNumbers(
        serials.map((serial) => ({ serial, inventory_item_id: ITEM }))
      )

    beforeEach(async () => {
      await service.setSerialTrackingPolicy({
        inventory_item_id: ITEM,
        mode: "full",
      })
    })

    describe("invariant 1: a normalized serial identifies at most one live unit", () => {
      it("refuses a duplicate through the service", async () => {
        await receive(["Dup-1"])
        await expect(receive([" dup-1"])).rejects.toMatchObject({
          type: "duplicate_error",
        })
      })

      it("is enforced by a unique index even when the service is bypassed", async () => {
        await receive(["IDX-1"])
        await expect(
          raw(
            `insert into serial_number (id, serial, normalized_serial, inventory_item_id) values ('sn_x', 'idx-1', 'idx-1', ?)`,
            [ITEM]
          )
        ).rejects.toThrow(/unique/)
      })

      it("lets exactly one of concurrent creates of the same serial win", async () => {
        const results = await Promise.allSettled([
          receive(["RACE-1"]),
          receive(["race-1"]),
          receive(["RACE-1 "]),
        ])
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        expect(
          results
            .filter((r) => r.status === "rejected")
            .map((r: any) => r.reason.type)
        ).toEqual(["duplicate_error", "duplicate_error"])
        expect(
          await raw("select count(*)::int as n from serial_number")
        ).toEqual([{ n: 1 }])
      })

      it("names every serial another transaction took after the duplicate check, writing nothing", async () => {
        // Another transaction inserts two of the batch's serials and has not
        // committed: the batch's duplicate check cannot see them, its insert
        // waits on the unique index, and loses when the other one commits.
        const knex = MikroOrmWrapper.getManager().getKnex()
        const other = await knex.transaction()
        await other.raw(
          `insert into serial_number (id, serial, normalized_serial, inventory_item_id)
           values ('sn_other_1', 'LATE-2', 'late-2', ?), ('sn_other_2', 'LATE-4', 'late-4', ?)`,
          [ITEM, ITEM]
        )
        let batch: Promise<any>
        let waiting = 0
        try {
          batch = receive(["LATE-1", "LATE-2", "LATE-3", "LATE-4"]).catch(
            (e) => e
          )
          waiting = await waitBlocked(1)
        } finally {
          await other.commit()
        }
        expect(waiting).toBe(1)
        const error = await batch!
        expect(error.type).toBe("duplicate_error")
        expect(error.message).toContain('"LATE-2"')
        expect(error.message).toContain('"LATE-4"')
        expect(error.message).toMatch(
          /^2 of 4 serial numbers were created concurrently/
        )
        expect(
          await raw("select serial from serial_number order by serial")
        ).toEqual([{ serial: "LATE-2" }, { serial: "LATE-4" }])
        expect(
          await raw("select count(*)::int as n from serial_event")
        ).toEqual([{ n: 0 }])
      })

      it("frees the serial again once a rolled-back receipt is purged", async () => {
        const [unit] = await receive(["GONE-1"])
        await service.purgeCreatedSerialNumbers([unit])
        await expect(receive(["gone-1"])).resolves.toHaveLength(1)
      })
    })

    describe("invariant 3: every status change writes exactly one event, in the same transaction", () => {
      const latest = async (id: string) =>
        (
          await raw(
            "select to_status from serial_event where serial_number_id = ? order by created_at desc, id desc limit 1",
            [id]
          )
        )[0].to_status

      it("keeps status equal to the latest event over a long random walk", async () => {
        const [unit] = await receive(["WALK-1"])
        const actions = [
          "reserve",
          "release",
          "sell",
          "return",
          "restock",
          "mark_defective",
        ] as const
        let seed = 7
        let changes = 0
        for (let i = 0; i < 60; i++) {
          seed = (seed * 48271) % 2147483647
          const action = actions[seed % actions.length]
          const before = (
            await raw(
              "select count(*)::int as n from serial_event where serial_number_id = ?",
              [unit.id]
            )
          )[0].n
          const ok = await service
            .transitionSerialNumbers({ ids: [unit.id], action })
            .then(
              () => true,
              () => false
            )
          changes += ok ? 1 : 0
          const after = (
            await raw(
              "select count(*)::int as n from serial_event where serial_number_id = ?",
              [unit.id]
            )
          )[0].n
          expect(after - before).toBe(ok ? 1 : 0)
          const [row] = await raw(
            "select status from serial_number where id = ?",
            [unit.id]
          )
          expect(row.status).toBe(await latest(unit.id))
        }
        expect(changes).toBeGreaterThan(10)
      })

      it("rolls the status back when the event cannot be written", async () => {
        const [unit] = await receive(["ATOMIC-1"])
        // Make the event insert fail inside the transition's transaction.
        await raw(
          "alter table serial_event add constraint no_reserved_events check (type <> 'reserved')"
        )
        await expect(
          service.transitionSerialNumbers({ ids: [unit.id], action: "reserve" })
        ).rejects.toThrow()
        await raw("alter table serial_event drop constraint no_reserved_events")
        expect(
          (
            await raw("select status from serial_number where id = ?", [
              unit.id,
            ])
          )[0].status
        ).toBe("in_stock")
      })

      it("refuses status through the generic update and event methods", async () => {
        const [unit] = await receive(["RO-1"])
        await expect(
          service.updateSerialNumbers([{ id: unit.id, status: "sold" } as any])
        ).rejects.toMatchObject({
          code: "serial_number_status_read_only",
        })
        await expect(
          service.createSerialEvents({
            serial_number_id: unit.id,
            type: "sold",
            to_status: "sold",
          } as any)
        ).rejects.toMatchObject({ code: "serial_number_status_read_only" })
        expect(
          (
            await raw("select status from serial_number where id = ?", [
              unit.id,
            ])
          )[0].status
        ).toBe("in_stock")
      })

      it("gives a reserve race on one unit to exactly one caller, with all callers provably overlapping", async () => {
        const [unit] = await receive(["LOCK-1"])
        const knex = MikroOrmWrapper.getManager().getKnex()
        // Barrier: hold the unit's row lock while five reserves start, and wait
        // until PostgreSQL shows all five blocked on it; then let them go.
        const holder = await knex.transaction()
        let settled: Promise<PromiseSettledResult<unknown>[]>
        let overlapping = 0
        try {
          await holder.raw(
            "select id from serial_number where id = ? for update",
            [unit.id]
          )
          const racers = Array.from({ length: 5 }, () =>
            service.transitionSerialNumbers({
              ids: [unit.id],
              action: "reserve",
            })
          )
          settled = Promise.allSettled(racers)
          overlapping = await waitBlocked(5)
        } finally {
          await holder.commit()
        }
        expect(overlapping).toBe(5)
        const results = await settled!
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        expect(
          results
            .filter((r) => r.status === "rejected")
            .map((r: any) => r.reason.code)
        ).toEqual(Array(4).fill("serial_number_invalid_transition"))
        expect(
          await raw(
            "select count(*)::int as n from serial_event where type = 'reserved'"
          )
        ).toEqual([{ n: 1 }])
      })
    })

    describe("invariant 4: batch writes are all-or-nothing", () => {
      it("writes nothing when one row of a batch is bad, and names every bad row", async () => {
        const serials = Array.from({ length: 500 }, (_, i) => `B-${i}`)
        serials[3] = ""
        serials[400] = "B-1"
        const error = await receive(serials).catch((e) => e)
        expect(error.message).toContain("row 4")
        expect(error.message).toContain("row 401")
        expect(
          await raw("select count(*)::int as n from serial_number")
        ).toEqual([{ n: 0 }])
        expect(
          await raw("select count(*)::int as n from serial_event")
        ).toEqual([{ n: 0 }])
      })

      it("refuses a transition batch when any unit cannot move, moving none", async () => {
        const units = await receive(["T-1", "T-2", "T-3"])
        await service.transitionSerialNumbers({
          ids: [units[1].id],
          action: "sell",
        })
        await expect(
          service.transitionSerialNumbers({
            ids: units.map((u) => u.id),
            action: "reserve",
          })
        ).rejects.toThrow(/T-2 \(sold\)/)
        expect(
          await raw(
            "select status, count(*)::int as n from serial_number group by 1 order by 1"
          )
        ).toEqual([
          { status: "in_stock", n: 2 },
          { status: "sold", n: 1 },
        ])
      })
    })

    describe("the event log is append-only", () => {
      it("refuses update and delete through the service", async () => {
        const [unit] = await receive(["LOG-1"])
        const [event] = await service.listSerialEvents({
          serial_number_id: unit.id,
        } as any)
        for (const call of [
          () =>
            (service as any).updateSerialEvents({ id: event.id, note: "x" }),
          () => (service as any).deleteSerialEvents([event.id]),
          () => (service as any).softDeleteSerialEvents([event.id]),
        ]) {
          await expect(call()).rejects.toMatchObject({
            code: "serial_event_append_only",
          })
        }
      })

      it("refuses UPDATE and DELETE in the database itself", async () => {
        await receive(["LOG-2"])
        await expect(
          raw("update serial_event set note = 'rewritten'")
        ).rejects.toThrow(/append-only/)
        await expect(raw("delete from serial_event")).rejects.toThrow(
          /append-only/
        )
        expect(
          await raw("select count(*)::int as n from serial_event")
        ).toEqual([{ n: 1 }])
      })

      it("purges only untouched units of a batch being rolled back", async () => {
        const [fresh, used] = await receive(["P-1", "P-2"])
        await service.transitionSerialNumbers({
          ids: [used.id],
          action: "reserve",
        })
        await expect(
          service.purgeCreatedSerialNumbers([used])
        ).rejects.toMatchObject({
          type: "not_allowed",
          code: "serial_number_has_history",
          message: expect.stringContaining("P-2"),
        })
        await service.purgeCreatedSerialNumbers([fresh])
        expect(await raw("select serial from serial_number")).toEqual([
          { serial: "P-2" },
        ])
      })

      it("purges only units of the receipt it is named with", async () => {
        const [older] = await receive(["OLD-1"])
        const [newer] = await receive(["NEW-1"])
        for (const receipts of [
          [{ id: older.id, received_event_id: newer.received_event_id }],
          [{ id: older.id, received_event_id: "sev_guessed" }],
          [newer, { id: older.id, received_event_id: "" }],
        ]) {
          await expect(
            service.purgeCreatedSerialNumbers(receipts)
          ).rejects.toMatchObject({
            type: "not_allowed",
            code: "serial_number_receipt_mismatch",
            message: expect.stringContaining(older.id),
          })
        }
        expect(
          await raw("select serial from serial_number order by serial")
        ).toEqual([{ serial: "NEW-1" }, { serial: "OLD-1" }])
        expect(
          await raw("select count(*)::int as n from serial_event")
        ).toEqual([{ n: 2 }])
      })
    })

    describe("the transition table through the service", () => {
      // Puts a unit into `status` through real transitions.
      const PATH: Record<string, string[]> = {
        in_stock: [],
        reserved: ["reserve"],
        sold: ["sell"],
        returned: ["sell", "return"],
        defective: ["mark_defective"],
      }
      const TABLE: Record<string, Record<string, string>> = {
        in_stock: {
          reserve: "reserved",
          sell: "sold",
          mark_defective: "defective",
        },
        reserved: {
          release: "in_stock",
          sell: "sold",
          mark_defective: "defective",
        },
        sold: { return: "returned", mark_defective: "defective" },
        returned: { restock: "in_stock", mark_defective: "defective" },
        defective: { restock: "in_stock" },
      }
      const cases = Object.keys(PATH).flatMap((status) =>
        [
          "reserve",
          "release",
          "sell",
          "return",
          "restock",
          "mark_defective",
        ].map((action) => [status, action])
      )

      it.each(cases)("from %s, %s", async (status, action) => {
        const [unit] = await receive([`TT-${status}-${action}`])
        for (const step of PATH[status]) {
          await service.transitionSerialNumbers({
            ids: [unit.id],
            action: step as any,
          })
        }
        const events = async () =>
          (
            await raw(
              "select count(*)::int as n from serial_event where serial_number_id = ?",
              [unit.id]
            )
          )[0].n
        const before = await events()
        const expected = TABLE[status][action]
        const outcome = await service
          .transitionSerialNumbers({ ids: [unit.id], action: action as any })
          .then(
            () => "ok",
            (e) => e.code
          )
        const [row] = await raw(
          "select status from serial_number where id = ?",
          [unit.id]
        )
        if (expected) {
          expect([outcome, row.status, (await events()) - before]).toEqual([
            "ok",
            expected,
            1,
          ])
        } else {
          expect([outcome, row.status, (await events()) - before]).toEqual([
            "serial_number_invalid_transition",
            status,
            0,
          ])
        }
      })
    })

    describe("compensation primitives", () => {
      it("refuses to revert a transition once the unit has moved on, even back to the same status", async () => {
        const [unit] = await receive(["ABA-1"])
        const records = await service.transitionSerialNumbers({
          ids: [unit.id],
          action: "reserve",
        })
        await service.transitionSerialNumbers({
          ids: [unit.id],
          action: "release",
        })
        await service.transitionSerialNumbers({
          ids: [unit.id],
          action: "reserve",
        })
        await expect(
          service.revertSerialNumberTransitions({ action: "reserve", records })
        ).rejects.toMatchObject({
          code: "serial_number_invalid_transition",
        })
        expect(
          (
            await raw("select status from serial_number where id = ?", [
              unit.id,
            ])
          )[0].status
        ).toBe("reserved")
      })

      it("refuses a forged revert record", async () => {
        const [unit] = await receive(["FORGE-1"])
        const [record] = await service.transitionSerialNumbers({
          ids: [unit.id],
          action: "mark_defective",
        })
        await expect(
          service.revertSerialNumberTransitions({
            action: "mark_defective",
            records: [{ ...record, from_status: "sold" }],
          })
        ).rejects.toMatchObject({ code: "serial_number_invalid_transition" })
        expect(
          (
            await raw("select status from serial_number where id = ?", [
              unit.id,
            ])
          )[0].status
        ).toBe("defective")
      })

      it("lets compensations run in reverse order: undo the sale, then the reservation", async () => {
        const [unit] = await receive(["CHAIN-1"])
        const reserved = await service.transitionSerialNumbers({
          ids: [unit.id],
          action: "reserve",
        })
        const sold = await service.transitionSerialNumbers({
          ids: [unit.id],
          action: "sell",
        })
        await service.revertSerialNumberTransitions({
          action: "sell",
          records: sold,
        })
        await service.revertSerialNumberTransitions({
          action: "reserve",
          records: reserved,
        })
        expect(
          (
            await raw("select status from serial_number where id = ?", [
              unit.id,
            ])
          )[0].status
        ).toBe("in_stock")
        // A revert cannot be passed off as the action it undid.
        await expect(
          service.revertSerialNumberTransitions({
            action: "reserve",
            records: reserved,
          })
        ).rejects.toMatchObject({
          code: "serial_number_invalid_transition",
        })
      })

      it("keeps a warranty edited after the sale when the sale is undone", async () => {
        await trackWithTemplate("iitem_w", {
          name: "W",
          warranty_months: 12,
        })
        const [unit] = await service.createSerialNumbers([
          { serial: "WE-1", inventory_item_id: "iitem_w" },
        ])
        const sold = await service.transitionSerialNumbers({
          ids: [unit.id],
          action: "sell",
        })
        await service.updateSerialNumbers([
          { id: unit.id, warranty_expires_at: "2031-01-01" },
        ])
        await service.revertSerialNumberTransitions({
          action: "sell",
          records: sold,
        })
        const [row] = await raw(
          "select status, warranty_expires_at from serial_number where id = ?",
          [unit.id]
        )
        expect([
          row.status,
          new Date(row.warranty_expires_at).toISOString(),
        ]).toEqual(["in_stock", "2031-01-01T00:00:00.000Z"])
      })

      it("restores merged attributes whatever key order jsonb reads them back in", async () => {
        await trackWithTemplate("iitem_a", {
          name: "A",
          attributes: [
            { key: "firmware", type: "text" },
            { key: "colour", type: "text" },
          ],
        })
        const [unit] = await service.createSerialNumbers([
          {
            serial: "ATTR-R",
            inventory_item_id: "iitem_a",
            attributes: { firmware: "1.0" },
          },
        ])
        const { changes } = await service.updateSerialNumbers([
          { id: unit.id, attributes: { colour: "red" } },
        ])
        await service.restoreSerialNumberFields(changes)
        expect(
          (
            await raw("select attributes from serial_number where id = ?", [
              unit.id,
            ])
          )[0].attributes
        ).toEqual({ firmware: "1.0" })
      })

      it("restores only the fields an update changed and nobody changed since", async () => {
        const [unit] = await receive(["RESTORE-1"])
        const { changes } = await service.updateSerialNumbers([
          { id: unit.id, bin_code: "A-1", lot: "L-1" },
        ])
        await service.updateSerialNumbers([{ id: unit.id, bin_code: "B-2" }])
        await service.restoreSerialNumberFields(changes)
        expect(
          await raw("select bin_code, lot from serial_number where id = ?", [
            unit.id,
          ])
        ).toEqual([{ bin_code: "B-2", lot: null }])
      })
    })

    describe("what the service refuses", () => {
      it("refuses fields an update cannot change instead of logging them", async () => {
        const [unit] = await receive(["FIX-1"])
        for (const field of [
          "serial",
          "normalized_serial",
          "inventory_item_id",
          "stock_location_id",
        ]) {
          await expect(
            service.updateSerialNumbers([{ id: unit.id, [field]: "x" } as any])
          ).rejects.toMatchObject({
            code: "serial_number_field_read_only",
          })
        }
        expect(
          await raw(
            "select count(*)::int as n from serial_event where serial_number_id = ?",
            [unit.id]
          )
        ).toEqual([{ n: 1 }])
      })

      it("refuses the same unit twice in one update", async () => {
        const [unit] = await receive(["TWICE-1"])
        await expect(
          service.updateSerialNumbers([
            { id: unit.id, bin_code: "A" },
            { id: unit.id, bin_code: "B" },
          ])
        ).rejects.toMatchObject({ code: "serial_number_duplicate_id" })
      })

      it("sees a change from one date-like text to another", async () => {
        const [unit] = await receive(["LOT-D"])
        await service.updateSerialNumbers([{ id: unit.id, lot: "2024-01" }])
        await service.updateSerialNumbers([{ id: unit.id, lot: "2024-01-01" }])
        expect(
          (
            await raw("select lot from serial_number where id = ?", [unit.id])
          )[0].lot
        ).toBe("2024-01-01")
      })

      it("adds note events only", async () => {
        const [unit] = await receive(["NOTE-1"])
        await service.createSerialEvents({
          serial_number_id: unit.id,
          type: "note",
          note: "checked",
        } as any)
        await expect(
          service.createSerialEvents({
            serial_number_id: unit.id,
            type: "sold",
          } as any)
        ).rejects.toMatchObject({
          code: "serial_event_type_not_allowed",
        })
        expect(
          (
            await raw(
              "select type from serial_event where serial_number_id = ?",
              [unit.id]
            )
          )
            .map((e: any) => e.type)
            .sort()
        ).toEqual(["note", "received"])
      })

      it("refuses dates that are not real calendar dates, and stores date-only values as UTC midnight", async () => {
        await expect(
          service.createSerialNumbers([
            {
              serial: "D-1",
              inventory_item_id: ITEM,
              purchased_at: "2024-02-30",
            },
          ])
        ).rejects.toMatchObject({
          code: "serial_number_invalid_date",
          message: expect.stringContaining("purchased_at is not a valid date"),
        })
        const [unit] = await service.createSerialNumbers([
          {
            serial: "D-2",
            inventory_item_id: ITEM,
            purchased_at: "2024-02-29",
          },
        ])
        const [row] = await raw(
          "select to_char(purchased_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as at from serial_number where id = ?",
          [unit.id]
        )
        expect(row.at).toBe("2024-02-29 00:00")
      })
    })

    describe("sell starts the warranty", () => {
      it("uses the policy's months over the template's, and keeps given dates", async () => {
        const template = await trackWithTemplate(
          "iitem_2",
          { name: "T", warranty_months: 12 },
          { warranty_months: 3 }
        )
        await service.setSerialTrackingPolicy({
          inventory_item_id: "iitem_3",
          mode: "full",
          template_id: template.id,
        })
        const units = await service.createSerialNumbers([
          { serial: "W-P", inventory_item_id: "iitem_2" },
          { serial: "W-T", inventory_item_id: "iitem_3" },
          {
            serial: "W-G",
            inventory_item_id: "iitem_3",
            warranty_starts_at: "2026-01-01",
            warranty_expires_at: "2030-01-01",
          },
        ])
        await service.transitionSerialNumbers({
          ids: units.map((u) => u.id),
          action: "sell",
        })
        const rows = await raw(
          "select serial, extract(month from age(warranty_expires_at, warranty_starts_at))::int + 12 * extract(year from age(warranty_expires_at, warranty_starts_at))::int as months from serial_number order by serial"
        )
        expect(rows).toEqual([
          { serial: "W-G", months: 48 },
          { serial: "W-P", months: 3 },
          { serial: "W-T", months: 12 },
        ])
      })

      it("restores status and warranty exactly when a sale is reverted", async () => {
        await trackWithTemplate("iitem_4", {
          name: "T2",
          warranty_months: 6,
        })
        const [unit] = await service.createSerialNumbers([
          { serial: "REV-1", inventory_item_id: "iitem_4" },
        ])
        const records = await service.transitionSerialNumbers({
          ids: [unit.id],
          action: "sell",
        })
        await service.revertSerialNumberTransitions({ action: "sell", records })
        const [row] = await raw(
          "select status, warranty_starts_at, warranty_expires_at from serial_number where id = ?",
          [unit.id]
        )
        expect(row).toEqual({
          status: "in_stock",
          warranty_starts_at: null,
          warranty_expires_at: null,
        })
        const events = await raw(
          "select type, to_status from serial_event where serial_number_id = ? order by created_at",
          [unit.id]
        )
        expect(events.map((e: any) => e.type)).toEqual([
          "received",
          "sold",
          "reverted",
        ])
        expect(events[2].to_status).toBe("in_stock")
      })
    })
  },
})
