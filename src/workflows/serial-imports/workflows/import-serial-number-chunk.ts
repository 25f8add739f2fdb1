import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { CreateSerialNumbersStepInput } from "../../serial-numbers/steps"
import { createReceivedUnits } from "../../serial-receipts/workflows/create-received-units"

export const importSerialNumberChunkWorkflowId = "import-serial-number-chunk"

export interface ImportSerialNumberChunkInput extends CreateSerialNumbersStepInput {
  import_id: string
}

/**
 * Writes one chunk of a CSV import (up to 10,000 checked rows) as one
 * receipt (`createReceivedUnits`): the units `in_stock` with their
 * `received` events, Medusa's `stocked_quantity` raised by the same count
 * for `full` items at their location, then `serial_number.created`. The
 * `serialNumberChunkImported` hook runs last; a handler that throws rolls
 * the chunk back. Run by `writeSerialImportStep`, once per chunk; answers
 * the units and which item/location levels it raised.
 */
export const importSerialNumberChunkWorkflow = createWorkflow(
  importSerialNumberChunkWorkflowId,
  (input: ImportSerialNumberChunkInput) => {
    const { created, stock } = createReceivedUnits(
      transform({ input }, ({ input }) => ({
        serial_numbers: input.serial_numbers,
        actor: input.actor,
      }))
    )
    const serialNumberChunkImported = createHook("serialNumberChunkImported", {
      import_id: input.import_id,
      serial_numbers: created,
    })
    const result = transform({ created, stock }, ({ created, stock }) => {
      const raised = new Set(
        [...stock.create, ...stock.adjust].map(
          (s) => `${s.inventory_item_id}\u0000${s.location_id}`
        )
      )
      return created.map((u) => ({
        ...u,
        stock_raised: raised.has(
          `${u.inventory_item_id}\u0000${u.stock_location_id}`
        ),
      }))
    })
    return new WorkflowResponse(result, {
      hooks: [serialNumberChunkImported],
    })
  }
)
