import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SERIAL_INVENTORY_MODULE } from ".."
import { SerialInventoryInbounds } from "../serial-inventory-inbounds"
import { SerialInventoryRecalls } from "../serial-inventory-recalls"
import { SerialInventoryServiceBase } from "../serial-inventory-service-base"
import SerialInventoryModuleService from "../service"
import { resetTestSwitches, testSwitches } from "../utils/test-switches"
import { barrier, gate, waitUntilBlocked } from "./helpers/race-gates"

jest.setTimeout(60000)

const ITEM = "iitem_guard"

moduleIntegrationTestRunner<SerialInventoryModuleService>({
  moduleName: SERIAL_INVENTORY_MODULE,
  resolve: "./src/modules/serial-inventory",
  pathToMigrations: "./src/modules/serial-inventory/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const knex = () => MikroOrmWrapper.getManager().getKnex()
    const raw = async (text: string, bindings: unknown[] = []) =>
      (await knex().raw(text, bindings)).rows
    const count = async (text: string, bindings: unknown[] = []) =>
      (await raw(`select count(*)::int as n from ${text}`, bindings))[0].n
    const waitBlocked = (n: number) => waitUntilBlocked(raw, n)
    const receive = (serials: string[], item = ITEM) =>
      service.createSerialNumbers(
        serials.map((serial) => ({ serial, inventory_item_id: item }))
      )

    beforeEach(async () => {
      await service.setSerialTrackingPolicy({
        inventory_item_id: ITEM,
        mode: "full",
      })
    })
    afterEach(() => resetTestSwitches())

    describe("the status guard, with its parts switched off (negative controls)", () => {
      const raceReserves = async (racers: number) => {
        const [unit] = await receive(["RACE-UNIT"])
        const gate = barrier(racers)
        testSwitches.pauses["transition:after-read"] = gate.wait
        const results = await Promise.allSettled(
          Array.from({ length: racers }, () =>
            service.transitionSerialNumbers({
              ids: [unit.id],
              action: "reserve",
            })
          )
        )
        return {
          arrived: gate.state.arrived,
          winners: results.filter((r) => r.status === "fulfilled").length,
          codes: results
            .filter((r): r is PromiseRejectedResult => r.status === "rejected")
            .map((r) => r.reason.code),
          reservedEvents: await count(
            "serial_event where serial_number_id = ? and type = 'reserved'",
            [unit.id]
          ),
        }
      }

      it("sells one unit to several callers when row locks and the status guard are both off", async () => {
        testSwitches.skipRowLocks = true
        testSwitches.skipStatusGuard = true
        const race = await raceReserves(3)
        // Every caller read `in_stock` before any wrote: the race happened.
        expect(race.arrived).toBe(3)
        expect(race.winners).toBeGreaterThan(1)
        expect(race.reservedEvents).toBe(race.winners)
      })

      it("still gives the unit to one caller with row locks off: the status guard alone catches it", async () => {
        testSwitches.skipRowLocks = true
        const race = await raceReserves(3)
        expect(race.arrived).toBe(3)
        expect(race.winners).toBe(1)
        expect(race.codes).toEqual([
          "serial_number_concurrent_change",
          "serial_number_concurrent_change",
        ])
        expect(race.reservedEvents).toBe(1)
      })
    })

    describe("the unique serial, raced through a barrier", () => {
      const raceCreates = async () => {
        const gate = barrier(2)
        testSwitches.pauses["create:after-checks"] = gate.wait
        // Both pass the duplicate check before either inserts.
        const results = await Promise.allSettled([
          receive(["TWIN-1"]),
          receive([" twin-1 "]),
        ])
        return { arrived: gate.state.arrived, results }
      }

      it("lets exactly one of two concurrent creates win, naming the stored serial", async () => {
        const { arrived, results } = await raceCreates()
        expect(arrived).toBe(2)
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        const [lost] = results.filter(
          (r): r is PromiseRejectedResult => r.status === "rejected"
        )
        expect(lost.reason.type).toBe("duplicate_error")
        expect(lost.reason.code).toBe("serial_number_duplicate")
        expect(lost.reason.message).toMatch(
          /\(stored as "(TWIN-1|twin-1)", sn_/
        )
        expect(await count("serial_number")).toBe(1)
        expect(await count("serial_event")).toBe(1)
      })

      it("lets both in once the unique index is dropped (negative control)", async () => {
        await raw(`drop index "IDX_serial_number_normalized_serial_unique"`)
        const { arrived, results } = await raceCreates()
        expect(arrived).toBe(2)
        expect(results.every((r) => r.status === "fulfilled")).toBe(true)
        expect(
          await raw(
            "select normalized_serial, count(*)::int as n from serial_number group by 1"
          )
        ).toEqual([{ normalized_serial: "twin-1", n: 2 }])
      })
    })

    describe("tracking policies under concurrency", () => {
      it("makes a switch to `none` wait for a batch being received, then refuses it", async () => {
        const paused = gate()
        testSwitches.pauses["create:after-checks"] = paused.wait
        const batch = receive(["MID-1", "MID-2"])
        await paused.reached
        const switchOff = service
          .setSerialTrackingPolicy({ inventory_item_id: ITEM, mode: "none" })
          .catch((e) => e)
        // The switch waits on the batch's share lock on the policy row.
        expect(await waitBlocked(1)).toBe(1)
        paused.open()
        await expect(batch).resolves.toHaveLength(2)
        const refusal = await switchOff
        expect(refusal).toMatchObject({
          type: "not_allowed",
          code: "serial_tracking_policy_in_use",
        })
        expect(refusal.message).toContain("2 in_stock")
        expect(
          await raw(
            "select mode from serial_tracking_policy where inventory_item_id = ?",
            [ITEM]
          )
        ).toEqual([{ mode: "full" }])
      })

      it("lets the switch to `none` slip under a batch once the share lock is off (negative control)", async () => {
        testSwitches.skipPolicyShareLock = true
        const paused = gate()
        testSwitches.pauses["create:after-checks"] = paused.wait
        const batch = receive(["SLIP-1"])
        await paused.reached
        // Nothing holds the policy row: the switch goes through at once...
        const { policy } = await service.setSerialTrackingPolicy({
          inventory_item_id: ITEM,
          mode: "none",
        })
        expect(policy!.mode).toBe("none")
        paused.open()
        // ...and the batch, checked under the old mode, writes units for an untracked item.
        await expect(batch).resolves.toHaveLength(1)
        expect(
          await raw(
            "select p.mode, count(s.id)::int as units from serial_tracking_policy p left join serial_number s on s.inventory_item_id = p.inventory_item_id group by p.mode"
          )
        ).toEqual([{ mode: "none", units: 1 }])
      })

      it("refuses to untrack an item whose units are held, but not one whose units are all sold", async () => {
        const [a, b] = await receive(["HELD-1", "HELD-2"])
        await service.transitionSerialNumbers({
          ids: [a.id],
          action: "mark_defective",
        })
        const refused = {
          type: "not_allowed",
          code: "serial_tracking_policy_in_use",
        }
        await expect(
          service.setSerialTrackingPolicy({
            inventory_item_id: ITEM,
            mode: "none",
          })
        ).rejects.toMatchObject(refused)
        await expect(
          service.setSerialTrackingPolicy({
            inventory_item_id: ITEM,
            remove: true,
          })
        ).rejects.toMatchObject(refused)
        await service.transitionSerialNumbers({
          ids: [a.id],
          action: "restock",
        })
        await service.transitionSerialNumbers({
          ids: [a.id, b.id],
          action: "sell",
        })
        const { policy } = await service.setSerialTrackingPolicy({
          inventory_item_id: ITEM,
          mode: "none",
        })
        expect(policy!.mode).toBe("none")
        // And a batch now finds tracking off.
        await expect(receive(["AFTER-OFF"])).rejects.toMatchObject({
          code: "serial_tracking_disabled",
        })
        // A sold unit cannot come back into stock while tracking is off.
        await expect(
          service.transitionSerialNumbers({ ids: [a.id], action: "return" })
        ).rejects.toMatchObject({
          type: "not_allowed",
          code: "serial_tracking_disabled",
          message: expect.stringContaining("HELD-1"),
        })
        expect(
          await raw("select status from serial_number where id = ?", [a.id])
        ).toEqual([{ status: "sold" }])
      })
    })

    describe("generated methods that would bypass a rule are closed", () => {
      it("overrides every generated write method of every model", () => {
        // MedusaService generates its methods on the class the module extends.
        const ours = [
          SerialInventoryModuleService.prototype,
          SerialInventoryInbounds.prototype,
          SerialInventoryRecalls.prototype,
          SerialInventoryServiceBase.prototype,
        ]
        const generated = Object.getPrototypeOf(
          SerialInventoryServiceBase.prototype
        )
        const allWrites = Object.getOwnPropertyNames(generated).filter((name) =>
          /^(create|update|delete|softDelete|restore)Serial/.test(name)
        )
        // Bookkeeping models carry no rule (an import's progress, a stored
        // Idempotency-Key response): their generated writes stay open. Any
        // other model must be closed or guarded.
        const bookkeeping = /Serial(Imports?|IdempotencyKeys?)$/
        expect(allWrites.filter((n) => bookkeeping.test(n))).toHaveLength(10)
        const writes = allWrites.filter((n) => !bookkeeping.test(n))
        // Five write methods for each of the eleven unit models (two are
        // recall campaigns and their units).
        expect(writes).toHaveLength(55)
        const notOverridden = writes.filter(
          (name) => !ours.some((proto) => Object.hasOwn(proto, name))
        )
        expect(notOverridden).toEqual([])
      })

      it("never deletes, soft-deletes or restores a unit directly", async () => {
        const [unit] = await receive(["KEEP-1"])
        for (const method of [
          "deleteSerialNumbers",
          "softDeleteSerialNumbers",
          "restoreSerialNumbers",
        ]) {
          await expect(
            (service as any)[method]([unit.id])
          ).rejects.toMatchObject({
            type: "not_allowed",
            code: "serial_number_delete_not_allowed",
          })
        }
        expect(
          await raw("select serial, deleted_at from serial_number")
        ).toEqual([{ serial: "KEEP-1", deleted_at: null }])
        expect(await count("serial_event")).toBe(1)
      })

      it("changes policies only through setSerialTrackingPolicy", async () => {
        const [policy] = await service.listSerialTrackingPolicies({
          inventory_item_id: ITEM,
        })
        const attempts: [string, unknown][] = [
          [
            "createSerialTrackingPolicies",
            { inventory_item_id: "iitem_x", mode: "full" },
          ],
          ["updateSerialTrackingPolicies", { id: policy.id, mode: "none" }],
          ["deleteSerialTrackingPolicies", [policy.id]],
          ["softDeleteSerialTrackingPolicies", [policy.id]],
          ["restoreSerialTrackingPolicies", [policy.id]],
        ]
        for (const [method, arg] of attempts) {
          await expect((service as any)[method](arg)).rejects.toMatchObject({
            type: "not_allowed",
            code: "serial_tracking_policy_write_not_allowed",
          })
        }
        expect(
          await raw(
            "select inventory_item_id, mode, deleted_at from serial_tracking_policy"
          )
        ).toEqual([{ inventory_item_id: ITEM, mode: "full", deleted_at: null }])
      })

      it("deletes templates only through the in-use check", async () => {
        const template = await service.createSerialTemplates({ name: "Used" })
        await service.setSerialTrackingPolicy({
          inventory_item_id: ITEM,
          template_id: template.id,
        })
        for (const method of [
          "deleteSerialTemplates",
          "softDeleteSerialTemplates",
        ]) {
          await expect(
            (service as any)[method]([template.id])
          ).rejects.toMatchObject({
            code: "serial_template_in_use",
          })
        }
        expect(
          await raw("select name, deleted_at from serial_template")
        ).toEqual([{ name: "Used", deleted_at: null }])
      })

      it("restores a template only while its name is free", async () => {
        const old = await service.createSerialTemplates({ name: "Laptops" })
        await service.deleteUnusedSerialTemplates([old.id])
        const taken = await service.createSerialTemplates({ name: "Laptops" })
        await expect(
          service.restoreSerialTemplates([old.id])
        ).rejects.toMatchObject({
          type: "duplicate_error",
          code: "serial_template_name_taken",
          message: expect.stringContaining(`"Laptops" (${taken.id})`),
        })
        expect(
          await raw(
            "select id from serial_template where name = 'Laptops' and deleted_at is null"
          )
        ).toEqual([{ id: taken.id }])
      })

      it("checks template definitions itself, without the HTTP validators", async () => {
        await expect(
          service.createSerialTemplates({
            name: "Bad",
            attributes: [
              { key: "Bad Key", type: "text" },
              { key: "grade", type: "select" },
            ],
          })
        ).rejects.toMatchObject({
          type: "invalid_data",
          code: "serial_template_invalid",
          message: expect.stringMatching(
            /key must be snake_case.*needs options/
          ),
        })
        expect(await count("serial_template")).toBe(0)
      })
    })

    describe("what the module refuses on its own (the HTTP validators refuse these first)", () => {
      it("refuses unknown fields, NUL characters and unknown templates on create, writing nothing", async () => {
        const cases: [Record<string, unknown>, string, string][] = [
          [{ colour: "red" }, "invalid_data", "serial_number_unknown_field"],
          [{ lot: "L\u0000" }, "invalid_data", "serial_text_invalid"],
          [
            { template_id: "stpl_missing" },
            "not_found",
            "serial_template_not_found",
          ],
        ]
        for (const [extra, type, code] of cases) {
          await expect(
            service.createSerialNumbers([
              { serial: "OWN-1", inventory_item_id: ITEM, ...extra } as any,
            ])
          ).rejects.toMatchObject({
            type,
            code,
            message: expect.stringContaining("row 1"),
          })
        }
        expect(await count("serial_number")).toBe(0)
      })

      it("refuses NUL characters in updates, transition notes, templates and policies", async () => {
        const [unit] = await receive(["OWN-2"])
        const refused = { type: "invalid_data", code: "serial_text_invalid" }
        await expect(
          service.updateSerialNumbers([{ id: unit.id, bin_code: "A\u0000" }])
        ).rejects.toMatchObject(refused)
        await expect(
          service.transitionSerialNumbers({
            ids: [unit.id],
            action: "reserve",
            note: "x\u0000",
          })
        ).rejects.toMatchObject(refused)
        await expect(
          service.createSerialTemplates({ name: "T\u0000" })
        ).rejects.toMatchObject(refused)
        await expect(
          service.setSerialTrackingPolicy({
            inventory_item_id: ITEM,
            metadata: { a: "\u0000" },
          })
        ).rejects.toMatchObject(refused)
        expect(await raw("select status, bin_code from serial_number")).toEqual(
          [{ status: "in_stock", bin_code: null }]
        )
        expect(await count("serial_event")).toBe(1)
        expect(await count("serial_template")).toBe(0)
      })
    })

    describe("template and policy values, without the HTTP validators", () => {
      it("refuses bad template and policy values itself, writing nothing", async () => {
        const badTemplates: [Record<string, unknown>, string][] = [
          [{ name: "" }, "name must be 1 to 255 characters"],
          [
            { name: "T", attributes: [{ key: "c", type: "colour" }] },
            'unknown type "colour"',
          ],
          [
            { name: "T", warranty_months: -1 },
            "warranty_months must be a whole number",
          ],
          [
            { name: "T", condition_grades: ["A", "A"] },
            "condition_grades must be distinct",
          ],
        ]
        for (const [body, message] of badTemplates) {
          await expect(
            service.createSerialTemplates(body as any)
          ).rejects.toMatchObject({
            type: "invalid_data",
            code: "serial_template_invalid",
            message: expect.stringContaining(message),
          })
        }
        const badPolicies: [Record<string, unknown>, string][] = [
          [{ mode: "sometimes" }, "mode must be one of none, outbound, full"],
          [{ warranty_months: -1 }, "warranty_months must be a whole number"],
          [
            { allocation_strategy: "random" },
            "allocation_strategy must be one of",
          ],
        ]
        for (const [values, message] of badPolicies) {
          await expect(
            service.setSerialTrackingPolicy({
              inventory_item_id: "iitem_new",
              ...values,
            } as any)
          ).rejects.toMatchObject({
            type: "invalid_data",
            code: "serial_tracking_policy_invalid",
            message: expect.stringContaining(message),
          })
        }
        expect(await count("serial_template")).toBe(0)
        expect(
          await count(
            "serial_tracking_policy where inventory_item_id = 'iitem_new'"
          )
        ).toBe(0)
      })
    })

    describe("template names under concurrency", () => {
      it("gives a name raced by two creates to one of them; the other gets a duplicate error", async () => {
        // Hold the name's lock while both creates start, so they provably overlap.
        const holder = await knex().transaction()
        let settled: Promise<PromiseSettledResult<unknown>[]>
        let overlapping = 0
        try {
          await holder.raw(
            "select pg_advisory_xact_lock(hashtext('serial_template_name:' || ?))",
            ["Phones"]
          )
          settled = Promise.allSettled([
            service.createSerialTemplates({ name: "Phones" }),
            service.createSerialTemplates({ name: "Phones" }),
          ])
          overlapping = await waitBlocked(2)
        } finally {
          await holder.commit()
        }
        expect(overlapping).toBe(2)
        const results = await settled!
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        const [lost] = results.filter(
          (r): r is PromiseRejectedResult => r.status === "rejected"
        )
        expect([lost.reason.type, lost.reason.code]).toEqual([
          "duplicate_error",
          "serial_template_name_taken",
        ])
        expect(await count("serial_template")).toBe(1)
      })
    })

    describe("rolling back a receipt", () => {
      it("keeps a unit that gained history in between, with a note, and purges the rest", async () => {
        const units = await receive(["RB-1", "RB-2", "RB-3"])
        await service.createSerialEvents({
          serial_number_id: units[1].id,
          type: "note",
          note: "photographed",
        })
        const result = await service.purgeCreatedSerialNumbers(units, {
          keepTouched: true,
        })
        expect(result).toEqual({
          purged: [units[0].id, units[2].id].sort(),
          kept: [units[1].id],
        })
        expect(await raw("select serial from serial_number")).toEqual([
          { serial: "RB-2" },
        ])
        expect(
          await raw(
            "select type, note, data from serial_event order by created_at, id"
          )
        ).toEqual([
          { type: "received", note: null, data: null },
          { type: "note", note: "photographed", data: null },
          {
            type: "note",
            note: expect.stringContaining("rolled back"),
            data: { receipt_rolled_back: true },
          },
        ])
      })
    })
  },
})
