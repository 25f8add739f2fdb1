import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveRecall } from "../helpers/retrieve-recall"

/** One campaign: its selector, status, counts and close disposition. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ recall: await retrieveRecall(req.scope, req.params.id) })
}
