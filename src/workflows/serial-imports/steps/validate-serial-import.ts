import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { SerialErrorCode } from "../../../types/error-codes"
import {
  SerialImportStatus,
  type SerialImportRowError,
} from "../../../types/serial-import"
import {
  failSerialImport,
  moduleProblemsToRowErrors,
  openSerialImportFile,
  prepareSerialImportChunk,
  readSerialCsvChunks,
  readSerialCsvHeader,
  serialCsvHeaderProblems,
  SerialImportLookups,
  updateSerialImport,
} from "../utils"
import {
  LONG_PASS_GARBAGE_BUDGET,
  memoryBudget,
} from "../../utils/reclaim-memory"

/** Rows checked between two progress writes. */
const PROGRESS_EVERY = 5000

export interface SerialImportPassInput {
  import_id: string
  file_id: string
  /** Rows per chunk (each chunk is one receipt when written). */
  chunk_size: number
}

/**
 * The import's first pass: streams the file once, chunk by chunk, and checks
 * every row (header, cells, item, location, attribute types, serials
 * repeated in the file, then the module's receipt rules as a dry run),
 * recording `validated` as it goes. Writes no unit. With any bad row the
 * import fails listing every one (`serial_import_rows_invalid`).
 */
export const validateSerialImportStep = createStep(
  "validate-serial-import",
  async (input: SerialImportPassInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const lookups = await new SerialImportLookups(container).init()
    const header = await readSerialCsvHeader(
      await openSerialImportFile(container, input.file_id)
    )
    // Rows are only read under a valid header (a missing column would fail every row).
    const errors: SerialImportRowError[] = serialCsvHeaderProblems(
      header,
      lookups.attributeKeys()
    ).map((message) => ({ row: 1, message }))
    let total = 0
    let reported = 0
    const memory = memoryBudget(LONG_PASS_GARBAGE_BUDGET)
    const seen = new Map<string, number>()
    const file = await openSerialImportFile(container, input.file_id)
    const chunks = errors.length
      ? []
      : readSerialCsvChunks(file, input.chunk_size)
    for await (const records of chunks) {
      const prepared = await prepareSerialImportChunk(records, lookups, seen)
      const problems = await service.checkSerialNumbersForReceipt(
        prepared.rows.map((r) => r.input)
      )
      errors.push(
        ...prepared.problems,
        ...moduleProblemsToRowErrors(prepared, problems)
      )
      total += records.length
      memory.check()
      if (total - reported >= PROGRESS_EVERY) {
        reported = total
        await updateSerialImport(container, input.import_id, {
          validated: total,
        })
      }
    }
    file.destroy()
    if (total === 0 && !errors.length) {
      errors.push({ row: 2, message: "the file has no data rows" })
    }
    if (errors.length) {
      await updateSerialImport(container, input.import_id, { validated: total })
      await failSerialImport(container, input.import_id, { errors })
      const rows = new Set(errors.map((e) => e.row)).size
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Serial import ${input.import_id}: ${rows} row(s) refused, nothing was written`,
        SerialErrorCode.IMPORT_ROWS_INVALID
      )
    }
    await updateSerialImport(container, input.import_id, {
      status: SerialImportStatus.IMPORTING,
      validated: total,
      total,
    })
    return new StepResponse({ total })
  }
)
