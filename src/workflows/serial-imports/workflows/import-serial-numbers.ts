import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import {
  completeSerialImportStep,
  createSerialImportStep,
  startSerialImportStep,
  validateSerialImportStep,
  writeSerialImportStep,
} from "../steps"

export const importSerialNumbersWorkflowId = "import-serial-numbers"

/** Rows per written chunk: one receipt each, the size of the largest batch `POST /admin/serial-numbers` takes. */
export const SERIAL_IMPORT_CHUNK_SIZE = 10000
/**
 * Rows per chunk of the first pass (a dry run: three reads per chunk), fewer
 * than a receipt's so that less is held at a time.
 */
export const SERIAL_IMPORT_CHECK_CHUNK_SIZE = 2000

export interface ImportSerialNumbersWorkflowInput {
  /** The File module's id of the uploaded CSV (the workflow deletes it when done). */
  file_id: string
  filename?: string | null
  /** The workflow's own transaction id (the import record keeps it). */
  transaction_id: string
  actor?: SerialActorContext
  /** Rows per written chunk (default 10,000). */
  chunk_size?: number
  /** Rows per checked chunk (default 2,000). */
  check_chunk_size?: number
}

/**
 * Imports units from a stored CSV in the background: records the import,
 * hands over to the background (`startSerialImportStep` is async: `run`
 * returns there), checks every row without writing, writes chunk by chunk,
 * and marks it completed. A file with any bad row writes nothing and the
 * import lists every one; a chunk that cannot be written rolls back the
 * chunks before it. Progress is on the `serial_import` record. Used by
 * `POST /admin/serial-imports`.
 */
export const importSerialNumbersWorkflow = createWorkflow(
  importSerialNumbersWorkflowId,
  (input: ImportSerialNumbersWorkflowInput) => {
    const record = createSerialImportStep(input)
    const importId = startSerialImportStep(record.id)
    const check = transform({ input, importId }, ({ input, importId }) => ({
      import_id: importId,
      file_id: input.file_id,
      chunk_size: input.check_chunk_size ?? SERIAL_IMPORT_CHECK_CHUNK_SIZE,
    }))
    validateSerialImportStep(check)
    const write = transform({ input, importId }, ({ input, importId }) => ({
      import_id: importId,
      file_id: input.file_id,
      chunk_size: input.chunk_size ?? SERIAL_IMPORT_CHUNK_SIZE,
      actor: input.actor,
    }))
    const written = writeSerialImportStep(write)
    completeSerialImportStep(importId)
    return new WorkflowResponse(written)
  }
)
