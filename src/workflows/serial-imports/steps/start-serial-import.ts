import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SerialImportStatus } from "../../../types/serial-import"
import { updateSerialImport } from "../utils"

/**
 * Hands the import over to the background: an async step, so the request
 * that started the workflow returns here, and the steps after it run where
 * the workflow engine schedules them (a worker process with
 * `workflow-engine-redis`, the same process with the in-memory engine).
 * Marks the import `validating`. Nothing to undo.
 */
export const startSerialImportStep = createStep(
  { name: "start-serial-import", async: true },
  async (importId: string, { container }) => {
    await updateSerialImport(container, importId, {
      status: SerialImportStatus.VALIDATING,
    })
    return new StepResponse(importId)
  }
)
