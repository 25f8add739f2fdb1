import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialNumberResponse } from "../../../../types"
import type { SerialNumberAction } from "../../../../types/serial-number-status"
import { transitionSerialNumbersWorkflow } from "../../../../workflows/serial-numbers"
import { adminActor } from "../../../utils/actor"
import type { AdminSerialNumberTransitionType } from "../validators"
import { serialNumberResponse } from "./serial-number-response"

/** The POST handler of one action route (`/admin/serial-numbers/:id/<action>`). */
export function transitionRoute(action: SerialNumberAction) {
  return async (
    req: AuthenticatedMedusaRequest<AdminSerialNumberTransitionType>,
    res: MedusaResponse<AdminSerialNumberResponse>
  ) => {
    await transitionSerialNumbersWorkflow(req.scope).run({
      input: {
        ids: [req.params.id],
        action,
        ...adminActor(req, req.validatedBody?.note),
      },
    })
    res.json({
      serial_number: await serialNumberResponse(req.scope, {
        id: req.params.id,
      }),
    })
  }
}
