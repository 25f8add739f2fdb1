import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import {
  failSerialImport,
  openSerialImportFile,
  prepareSerialImportChunk,
  readSerialCsvChunks,
  SerialImportLookups,
  undoSerialImportChunks,
  updateSerialImport,
  type ImportedUnitReceipt,
} from "../utils"
import {
  LONG_PASS_GARBAGE_BUDGET,
  memoryBudget,
} from "../../utils/reclaim-memory"
import { importSerialNumberChunkWorkflow } from "../workflows/import-serial-number-chunk"
import type { SerialImportPassInput } from "./validate-serial-import"

export interface WriteSerialImportStepInput extends SerialImportPassInput {
  actor?: SerialActorContext
}

/**
 * The import's second pass, after a clean first one: streams the file again
 * and writes each chunk as one receipt (`importSerialNumberChunkWorkflow`),
 * recording `processed` and `created` after each. If a chunk fails (a row
 * that changed meaning since the check, a serial someone else received in
 * between), the chunks already written are removed and the import fails
 * (`serial_import_write_failed`). Compensation removes every chunk written,
 * and the stock each raised.
 */
export const writeSerialImportStep = createStep(
  "write-serial-import",
  async (input: WriteSerialImportStepInput, { container }) => {
    const lookups = await new SerialImportLookups(container).init()
    const seen = new Map<string, number>()
    const receipts: ImportedUnitReceipt[] = []
    let processed = 0
    const memory = memoryBudget(LONG_PASS_GARBAGE_BUDGET)
    try {
      const file = await openSerialImportFile(container, input.file_id)
      for await (const records of readSerialCsvChunks(file, input.chunk_size)) {
        const prepared = await prepareSerialImportChunk(records, lookups, seen)
        if (prepared.problems.length) {
          const [first] = prepared.problems
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `row ${first.row}${first.column ? ` (${first.column})` : ""}: ${first.message}`
          )
        }
        const { result } = await importSerialNumberChunkWorkflow(container).run(
          {
            input: {
              import_id: input.import_id,
              serial_numbers: prepared.rows.map((r) => r.input),
              actor: input.actor,
            },
          }
        )
        receipts.push(
          ...result.map((u) => ({
            id: u.id,
            received_event_id: u.received_event_id,
            inventory_item_id: u.inventory_item_id,
            stock_location_id: u.stock_location_id ?? null,
            stock_raised: u.stock_raised,
          }))
        )
        processed += records.length
        await updateSerialImport(container, input.import_id, {
          processed,
          created: receipts.length,
        })
        memory.check()
      }
    } catch (error) {
      await undoSerialImportChunks(container, receipts)
      await failSerialImport(container, input.import_id, {
        message: `Rows ${processed + 2} and after could not be written, so nothing was kept: ${(error as Error).message}`,
      })
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Serial import ${input.import_id} was rolled back: ${(error as Error).message}`,
        SerialErrorCode.IMPORT_WRITE_FAILED
      )
    }
    return new StepResponse({ created: receipts.length }, receipts)
  },
  async (receipts, { container }) => {
    if (receipts?.length) {
      await undoSerialImportChunks(container, receipts)
    }
  }
)
