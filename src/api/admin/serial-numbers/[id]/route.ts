import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateSerialNumbersWorkflow } from "../../../../workflows/serial-numbers"
import { adminActor } from "../../../utils/actor"
import { serialNumberResponse } from "../helpers/serial-number-response"
import type { AdminUpdateSerialNumberType } from "../validators"

/** One unit with its product, allowed actions and timeline. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({
    serial_number: await serialNumberResponse(req.scope, req.params.id),
  })
}

/** Change non-status fields; each kind of change leaves an event. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSerialNumberType>,
  res: MedusaResponse
) => {
  await updateSerialNumbersWorkflow(req.scope).run({
    input: {
      updates: [{ id: req.params.id, ...req.validatedBody }],
      actor: adminActor(req),
    },
  })
  res.json({
    serial_number: await serialNumberResponse(req.scope, req.params.id),
  })
}
