import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { ulid } from "ulid"
import { SerialErrorCode } from "../../../types/error-codes"
import type { AdminSerialImportResponse } from "../../../types/http"
import { importSerialNumbersWorkflow } from "../../../workflows/serial-imports"
import {
  openSerialImportFile,
  readSerialCsvHeader,
  serialCsvHeaderProblems,
  SerialImportLookups,
} from "../../../workflows/serial-imports/utils"
import { adminActor } from "../../utils/actor"
import { runIdempotently, sendIdempotent } from "../../utils/idempotency"
import { retrieveAdminSerialImport } from "./helpers/serial-import-response"
import { storeCsvUpload } from "./helpers/store-csv-upload"
import type { AdminCreateSerialImportParamsType } from "./validators"

/** Refuses a header the import cannot read (missing or unknown columns) before anything is recorded. */
async function assertHeader(req: AuthenticatedMedusaRequest, fileId: string) {
  const lookups = await new SerialImportLookups(req.scope).init()
  const header = await readSerialCsvHeader(
    await openSerialImportFile(req.scope, fileId)
  )
  const problems = serialCsvHeaderProblems(header, lookups.attributeKeys())
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The CSV header cannot be imported, nothing was written: ${problems.join("; ")}`,
      SerialErrorCode.IMPORT_COLUMNS_INVALID
    )
  }
}

/**
 * Starts a background import of units from the CSV sent as the body
 * (`Content-Type: text/csv`): stores the file, checks its header (400
 * `serial_import_columns_invalid`), starts `importSerialNumbersWorkflow`
 * and answers 202 with the import to poll. Honours `Idempotency-Key`.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<unknown, AdminCreateSerialImportParamsType>,
  res: MedusaResponse<AdminSerialImportResponse>
) => {
  const filename = req.validatedQuery.filename ?? "serial-numbers.csv"
  const upload = await storeCsvUpload(req, filename)
  const discard = () =>
    req.scope.resolve(Modules.FILE).deleteFiles([upload.fileId])
  const result = await runIdempotently(
    req,
    { scope: "serial-imports", requestHash: upload.hash },
    async () => {
      await assertHeader(req, upload.fileId)
      const transactionId = `simport_${ulid()}`
      await importSerialNumbersWorkflow(req.scope).run({
        input: {
          file_id: upload.fileId,
          filename,
          transaction_id: transactionId,
          actor: adminActor(req),
        },
        context: { transactionId },
      })
      const serial_import = await retrieveAdminSerialImport(req.scope, {
        transaction_id: transactionId,
      })
      return { status: 202, body: { serial_import } }
    }
  ).catch(async (error) => {
    await discard()
    throw error
  })
  if (!result.ran) {
    await discard()
  }
  sendIdempotent(res, result)
}
