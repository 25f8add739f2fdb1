import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialReceiptResponse } from "../../../types"
import { receiveSerialNumbersWorkflow } from "../../../workflows/serial-receipts"
import { adminActor } from "../../utils/actor"
import {
  hashRequest,
  runIdempotently,
  sendIdempotent,
} from "../../utils/idempotency"
import type { AdminCreateSerialReceiptType } from "./validators"

/**
 * Receive units of one `full` item at one location: listed serials, ranges
 * and/or generated ones, raising Medusa's stock by the same count. All or
 * nothing. With an `Idempotency-Key` header, a retry with the same body
 * answers the first receipt again and receives nothing; the same key with
 * another body is a 422.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSerialReceiptType>,
  res: MedusaResponse<AdminSerialReceiptResponse>
) => {
  const { serials, ...receipt } = req.validatedBody
  const result = await runIdempotently(
    req,
    { scope: "serial-receipts", requestHash: hashRequest(req.validatedBody) },
    async () => {
      const { result } = await receiveSerialNumbersWorkflow(req.scope).run({
        input: {
          receipt: {
            ...receipt,
            units: serials?.map((s) =>
              typeof s === "string" ? { serial: s } : s
            ),
          },
          actor: adminActor(req),
        },
      })
      return { status: 201, body: { receipt: result } }
    }
  )
  sendIdempotent(res, result)
}
