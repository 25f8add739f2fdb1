import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createStep,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createSerialNumbersWorkflow,
  transitionSerialNumbersWorkflow,
  updateSerialNumbersWorkflow,
} from "../../src/workflows/serial-numbers"
import {
  createSerialTemplatesWorkflow,
  deleteSerialTemplatesWorkflow,
  updateSerialTemplatesWorkflow,
} from "../../src/workflows/serial-templates"
import { setSerialTrackingPolicyWorkflow } from "../../src/workflows/tracking-policies"
import { SERIAL_INVENTORY_MODULE } from "../../src/modules/serial-inventory"
import { createFixtures, Fixtures, sql } from "./helpers/fixtures"

jest.setTimeout(120000)

// A step that always fails, run after the workflow under test so that
// Medusa compensates every step the workflow ran.
const failStep = createStep("fail", async () => {
  throw new Error("injected failure after the workflow")
})

function failingAfter(name: string, workflow: any) {
  return createWorkflow(`serial-test-${name}-then-fail`, (input: any) => {
    const result = workflow.runAsStep({ input })
    failStep()
    return new WorkflowResponse(result)
  })
}

const createThenFail = failingAfter("create", createSerialNumbersWorkflow)
const updateThenFail = failingAfter("update", updateSerialNumbersWorkflow)
const transitionThenFail = failingAfter(
  "transition",
  transitionSerialNumbersWorkflow
)
const templateCreateThenFail = failingAfter(
  "template-create",
  createSerialTemplatesWorkflow
)
const templateUpdateThenFail = failingAfter(
  "template-update",
  updateSerialTemplatesWorkflow
)
const templateDeleteThenFail = failingAfter(
  "template-delete",
  deleteSerialTemplatesWorkflow
)
const policyThenFail = failingAfter("policy", setSerialTrackingPolicyWorkflow)

// Another request reserves the first unit of a batch between its creation
// and the failure that rolls the batch back.
const reserveFirstStep = createStep(
  "reserve-first",
  async (units: { id: string }[], { container }) => {
    const service: any = container.resolve(SERIAL_INVENTORY_MODULE)
    await service.transitionSerialNumbers({
      ids: [units[0].id],
      action: "reserve",
      note: "reserved by another request",
    })
  }
)
const createReservedThenFail = createWorkflow(
  "create-reserved-then-fail",
  (input: any) => {
    const created = createSerialNumbersWorkflow.runAsStep({ input })
    reserveFirstStep(created)
    failStep()
    return new WorkflowResponse(created)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let f: Fixtures
    const run = async (workflow: any, input: unknown) => {
      const { errors } = await workflow(getContainer()).run({
        input,
        throwOnError: false,
      })
      expect(errors.map((e: any) => e.error?.message)).toEqual([
        "injected failure after the workflow",
      ])
    }
    const snapshot = () =>
      sql(
        getContainer(),
        "select id, status, bin_code, attributes, warranty_expires_at from serial_number order by id"
      )

    beforeEach(async () => {
      f = await createFixtures(getContainer())
    })

    it("create: removes the batch and its events", async () => {
      await run(createThenFail, {
        serial_numbers: [
          {
            serial: "C-1",
            inventory_item_id: f.inventoryItemId,
            attributes: { colour: "black" },
          },
          {
            serial: "C-2",
            inventory_item_id: f.inventoryItemId,
            attributes: { colour: "black" },
          },
        ],
      })
      expect(await sql(getContainer(), "select id from serial_number")).toEqual(
        []
      )
      expect(await sql(getContainer(), "select id from serial_event")).toEqual(
        []
      )
    })

    it("create: keeps a unit someone reserved in between, with a note, and removes the rest", async () => {
      await run(createReservedThenFail, {
        serial_numbers: ["K-1", "K-2"].map((serial) => ({
          serial,
          inventory_item_id: f.inventoryItemId,
          attributes: { colour: "black" },
        })),
      })
      expect(
        await sql(getContainer(), "select serial, status from serial_number")
      ).toEqual([{ serial: "K-1", status: "reserved" }])
      expect(
        await sql(
          getContainer(),
          "select e.type, e.data from serial_event e order by e.created_at, e.id"
        )
      ).toEqual([
        { type: "received", data: null },
        { type: "reserved", data: expect.any(Object) },
        { type: "note", data: { receipt_rolled_back: true } },
      ])
    })

    describe("on existing units", () => {
      let ids: string[]
      beforeEach(async () => {
        const { result } = await createSerialNumbersWorkflow(
          getContainer()
        ).run({
          input: {
            serial_numbers: ["E-1", "E-2"].map((serial) => ({
              serial,
              inventory_item_id: f.inventoryItemId,
              bin_code: "A-1",
              attributes: { colour: "black" },
            })),
          },
        })
        ids = result.map((u: any) => u.id)
      })

      it("update: writes the previous values back", async () => {
        const before = await snapshot()
        await run(updateThenFail, {
          updates: [
            { id: ids[0], bin_code: "Z-9", attributes: { firmware: "9" } },
          ],
        })
        expect(await snapshot()).toEqual(before)
      })

      it("transition: returns units to their status and warranty, logging the reversal", async () => {
        const before = await snapshot()
        await run(transitionThenFail, { ids, action: "sell" })
        expect(await snapshot()).toEqual(before)
        const events = await sql(
          getContainer(),
          "select type from serial_event where serial_number_id = ? order by created_at",
          [ids[0]]
        )
        expect(events.map((e: any) => e.type)).toEqual([
          "received",
          "sold",
          "reverted",
        ])
        const [{ mismatches }] = await sql(
          getContainer(),
          `select count(*)::int as mismatches from serial_number sn
           where sn.status <> (select to_status from serial_event e where e.serial_number_id = sn.id order by created_at desc, id desc limit 1)`
        )
        expect(mismatches).toBe(0)
      })
    })

    it("template create, update and delete: undone", async () => {
      await run(templateCreateThenFail, { templates: [{ name: "Laptops" }] })
      expect(
        await sql(
          getContainer(),
          "select name from serial_template where deleted_at is null order by name"
        )
      ).toEqual([{ name: "Phones" }])
      await run(templateUpdateThenFail, {
        updates: [{ id: f.templateId, name: "Renamed", warranty_months: 1 }],
      })
      expect(
        await sql(
          getContainer(),
          "select name, warranty_months from serial_template where id = ?",
          [f.templateId]
        )
      ).toEqual([{ name: "Phones", warranty_months: 24 }])
      const {
        result: [spare],
      } = await createSerialTemplatesWorkflow(getContainer()).run({
        input: { templates: [{ name: "Spare" }] },
      })
      await run(templateDeleteThenFail, { ids: [spare.id] })
      expect(
        await sql(
          getContainer(),
          "select deleted_at from serial_template where id = ?",
          [spare.id]
        )
      ).toEqual([{ deleted_at: null }])
    })

    it("tracking policy: restores the previous policy, or removes a new one", async () => {
      await run(policyThenFail, {
        inventory_item_id: f.inventoryItemId,
        mode: "none",
        warranty_months: 99,
      })
      expect(
        await sql(
          getContainer(),
          "select mode, warranty_months, template_id from serial_tracking_policy where inventory_item_id = ?",
          [f.inventoryItemId]
        )
      ).toEqual([
        { mode: "full", warranty_months: null, template_id: f.templateId },
      ])
      await run(policyThenFail, {
        inventory_item_id: f.untrackedInventoryItemId,
        mode: "full",
      })
      expect(
        await sql(
          getContainer(),
          "select id from serial_tracking_policy where inventory_item_id = ? and deleted_at is null",
          [f.untrackedInventoryItemId]
        )
      ).toEqual([])
    })
  },
})
