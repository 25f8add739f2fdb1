import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialNumberResponse } from "../../../../types"
import { updateSerialNumbersWorkflow } from "../../../../workflows/serial-numbers"
import { adminActor } from "../../../utils/actor"
import { serialNumberResponse } from "../helpers/serial-number-response"
import type {
  AdminGetSerialNumberParamsType,
  AdminUpdateSerialNumberType,
} from "../validators"

/** One unit in the requested `fields` (default: with product info, allowed actions and timeline). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSerialNumberParamsType>,
  res: MedusaResponse<AdminSerialNumberResponse>
) => {
  res.json({
    serial_number: await serialNumberResponse(
      req.scope,
      { id: req.params.id },
      req.queryConfig.fields
    ),
  })
}

/** Change non-status fields; each kind of change leaves an event. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSerialNumberType>,
  res: MedusaResponse<AdminSerialNumberResponse>
) => {
  await updateSerialNumbersWorkflow(req.scope).run({
    input: {
      updates: [{ id: req.params.id, ...req.validatedBody }],
      actor: adminActor(req),
    },
  })
  res.json({
    serial_number: await serialNumberResponse(req.scope, { id: req.params.id }),
  })
}
