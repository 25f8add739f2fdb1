import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialReceiptResponse } from "../../../types"
import { receiveSerialNumbersWorkflow } from "../../../workflows/serial-receipts"
import { adminActor } from "../../utils/actor"
import type { AdminCreateSerialReceiptType } from "./validators"

/**
 * Receive units of one `full` item at one location: listed serials, ranges
 * and/or generated ones, raising Medusa's stock by the same count. All or
 * nothing.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSerialReceiptType>,
  res: MedusaResponse<AdminSerialReceiptResponse>
) => {
  const { serials, ...receipt } = req.validatedBody
  const { result } = await receiveSerialNumbersWorkflow(req.scope).run({
    input: {
      receipt: {
        ...receipt,
        units: serials?.map((s) => (typeof s === "string" ? { serial: s } : s)),
      },
      actor: adminActor(req),
    },
  })
  res.status(201).json({ receipt: result })
}
