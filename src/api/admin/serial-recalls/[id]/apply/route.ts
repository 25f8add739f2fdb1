import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { applySerialRecallWorkflow } from "../../../../../workflows/serial-recalls"
import { adminActor } from "../../../../utils/actor"

/**
 * Applies a draft campaign: blocks its units in stock or on an order line
 * and not shipped, lowering Medusa's stock of them. A campaign that is not
 * a draft is refused (400 `serial_recall_not_draft`, naming it and its
 * status), and so is one that matches nothing.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { result } = await applySerialRecallWorkflow(req.scope).run({
    input: { recall_id: req.params.id, actor: adminActor(req) },
  })
  res.json({ recall: result.recall })
}
