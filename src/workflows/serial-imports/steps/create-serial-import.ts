import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import { failSerialImport } from "../utils"

export interface CreateSerialImportStepInput {
  file_id: string
  filename?: string | null
  transaction_id: string
  actor?: SerialActorContext
}

/**
 * Records an import of a stored CSV (`pending`), the record its progress and
 * refused rows are read from. Compensation marks it `failed` (keeping what a
 * later step recorded: the refused rows or the reason) and deletes the file;
 * the record itself stays, so a client polling it learns the outcome.
 */
export const createSerialImportStep = createStep(
  "create-serial-import",
  async (input: CreateSerialImportStepInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const record = await service.createSerialImports({
      file_id: input.file_id,
      filename: input.filename ?? null,
      transaction_id: input.transaction_id,
      actor_type: input.actor?.actor_type ?? "system",
      actor_id: input.actor?.actor_id ?? null,
    })
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (id) {
      await failSerialImport(container, id, {
        message: "The import was rolled back",
      })
    }
  }
)
