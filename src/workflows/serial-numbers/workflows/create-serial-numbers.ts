import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialNumberEvents } from "../../../types/events"
import { raiseReceivedStock } from "../../serial-receipts/workflows/raise-received-stock"
import {
  createSerialNumbersStep,
  CreateSerialNumbersStepInput,
  resolveSerialNumberScansStep,
  validateSerialNumberInventoryReferencesStep,
} from "../steps"

export const createSerialNumbersWorkflowId = "create-serial-numbers"

/**
 * Receives a batch of units (1 to 10,000), all-or-nothing: checks the
 * inventory items and locations exist, reads scanned serials (GS1 element
 * strings, Digital Links: serial, lot, expiry, GTIN checked against the
 * item), creates the units with their `received` events, raises Medusa's
 * `stocked_quantity` for units of `full` items at their location (see
 * `raiseReceivedStock`), emits `serial_number.created` and exposes the
 * `serialNumbersCreated` hook. Used by `POST /admin/serial-numbers`.
 */
export const createSerialNumbersWorkflow = createWorkflow(
  createSerialNumbersWorkflowId,
  (input: CreateSerialNumbersStepInput) => {
    const references = transform({ input }, ({ input }) => ({
      inventory_item_ids: input.serial_numbers.map((s) => s.inventory_item_id),
      stock_location_ids: input.serial_numbers
        .map((s) => s.stock_location_id)
        .filter(Boolean) as string[],
    }))
    validateSerialNumberInventoryReferencesStep(references)
    const resolved = resolveSerialNumberScansStep(input)
    const created = createSerialNumbersStep(resolved)
    raiseReceivedStock(
      transform({ created }, ({ created }) => ({ units: created }))
    )
    const eventData = transform({ created }, ({ created }) => ({
      ids: created.map((u) => u.id),
    }))
    emitEventStep({ eventName: SerialNumberEvents.CREATED, data: eventData })
    const serialNumbersCreated = createHook("serialNumbersCreated", {
      serial_numbers: created,
    })
    return new WorkflowResponse(created, { hooks: [serialNumbersCreated] })
  }
)
