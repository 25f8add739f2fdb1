import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { SerialRecallDisposition } from "../../../../../types/serial-recall"
import { closeSerialRecallWorkflow } from "../../../../../workflows/serial-recalls"
import { adminActor } from "../../../../utils/actor"
import type { AdminCloseSerialRecallType } from "../../validators"

/**
 * Closes an applied campaign: `release` gives its units back, `defective`
 * marks them defective. Refused for a campaign that is not applied.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCloseSerialRecallType>,
  res: MedusaResponse
) => {
  const { result } = await closeSerialRecallWorkflow(req.scope).run({
    input: {
      recall_id: req.params.id,
      disposition: req.validatedBody.disposition as SerialRecallDisposition,
      note: req.validatedBody.note,
      actor: adminActor(req),
    },
  })
  res.json({ recall: result.recall })
}
