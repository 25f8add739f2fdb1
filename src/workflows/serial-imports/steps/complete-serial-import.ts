import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SerialImportStatus } from "../../../types/serial-import"
import { discardSerialImportFile, updateSerialImport } from "../utils"

/** Marks an import `completed` and deletes its stored file. Runs last: nothing to undo. */
export const completeSerialImportStep = createStep(
  "complete-serial-import",
  async (importId: string, { container }) => {
    await updateSerialImport(container, importId, {
      status: SerialImportStatus.COMPLETED,
      completed_at: new Date(),
    })
    await discardSerialImportFile(container, importId)
    return new StepResponse(importId)
  }
)
