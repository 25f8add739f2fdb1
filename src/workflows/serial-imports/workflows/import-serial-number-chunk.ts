import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialNumberEvents } from "../../../types/events"
import {
  createSerialNumbersStep,
  type CreateSerialNumbersStepInput,
} from "../../serial-numbers/steps"

export const importSerialNumberChunkWorkflowId = "import-serial-number-chunk"

export interface ImportSerialNumberChunkInput extends CreateSerialNumbersStepInput {
  import_id: string
}

/**
 * Writes one chunk of a CSV import (up to 10,000 checked rows) as one
 * receipt: the units `in_stock` with their `received` events, through the
 * module's receive path, then `serial_number.created`. The
 * `serialNumberChunkImported` hook runs last; a handler that throws rolls
 * the chunk back. Run by `writeSerialImportStep`, once per chunk; a step
 * that must follow every receipt (e.g. Medusa stock levels) goes after
 * `createSerialNumbersStep` here, with its own compensation.
 */
export const importSerialNumberChunkWorkflow = createWorkflow(
  importSerialNumberChunkWorkflowId,
  (input: ImportSerialNumberChunkInput) => {
    const created = createSerialNumbersStep(input)
    const eventData = transform({ created }, ({ created }) => ({
      ids: created.map((u) => u.id),
    }))
    emitEventStep({ eventName: SerialNumberEvents.CREATED, data: eventData })
    const serialNumberChunkImported = createHook("serialNumberChunkImported", {
      import_id: input.import_id,
      serial_numbers: created,
    })
    return new WorkflowResponse(created, {
      hooks: [serialNumberChunkImported],
    })
  }
)
