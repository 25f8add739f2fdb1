import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialImportResponse } from "../../../../types/http"
import { retrieveAdminSerialImport } from "../helpers/serial-import-response"

/** An import's status and progress, with every refused row once the first pass is done. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialImportResponse>
) => {
  res.json({
    serial_import: await retrieveAdminSerialImport(req.scope, {
      id: req.params.id,
    }),
  })
}
