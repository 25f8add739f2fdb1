import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type {
  AdminSerialTemplateDeleteResponse,
  AdminSerialTemplateResponse,
} from "../../../../types/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import { serialError } from "../../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../../types/error-codes"
import {
  deleteSerialTemplatesWorkflow,
  updateSerialTemplatesWorkflow,
} from "../../../../workflows/serial-templates"
import type { AdminUpdateSerialTemplateType } from "../validators"

async function retrieve(req: AuthenticatedMedusaRequest) {
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const [template] = await service.listSerialTemplates({ id: req.params.id })
  if (!template) {
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.TEMPLATE_NOT_FOUND,
      `Serial template not found: ${req.params.id}`
    )
  }
  return template
}

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialTemplateResponse>
) => {
  res.json({ serial_template: await retrieve(req) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSerialTemplateType>,
  res: MedusaResponse<AdminSerialTemplateResponse>
) => {
  await retrieve(req)
  await updateSerialTemplatesWorkflow(req.scope).run({
    input: { updates: [{ id: req.params.id, ...(req.validatedBody as any) }] },
  })
  res.json({ serial_template: await retrieve(req) })
}

/** Refused (400, `serial_template_in_use`) while a tracking policy uses it. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialTemplateDeleteResponse>
) => {
  await retrieve(req)
  await deleteSerialTemplatesWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "serial_template", deleted: true })
}
