import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { createSerialRecallWorkflow } from "../../../workflows/serial-recalls"
import { adminActor } from "../../utils/actor"
import { selectorFromBody } from "./helpers/selector-from-body"
import type {
  AdminCreateSerialRecallType,
  AdminGetSerialRecallsParamsType,
} from "./validators"

/** Recall campaigns, newest first, optionally by status. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSerialRecallsParamsType>,
  res: MedusaResponse
) => {
  const { limit, offset, status } = req.validatedQuery
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const [recalls, count] = await service.listAndCountSerialRecalls(
    status?.length ? { status } : {},
    { take: limit, skip: offset, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({ recalls, count, limit, offset })
}

/**
 * Creates a draft campaign from a selector (criteria ANDed). Refused with a
 * 400 naming the problem when the selector is invalid or matches no unit.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSerialRecallType>,
  res: MedusaResponse
) => {
  const { name, reason, selector } = req.validatedBody
  const { result } = await createSerialRecallWorkflow(req.scope).run({
    input: {
      recall: { name, reason, selector: selectorFromBody(selector) },
      actor: adminActor(req),
    },
  })
  res.status(201).json({ recall: result })
}
