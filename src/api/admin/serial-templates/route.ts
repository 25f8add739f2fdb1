import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type {
  AdminSerialTemplateListResponse,
  AdminSerialTemplateResponse,
} from "../../../types/http"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { createSerialTemplatesWorkflow } from "../../../workflows/serial-templates"
import type { AdminCreateSerialTemplateType } from "./validators"

/** List templates (optionally by name text), newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialTemplateListResponse>
) => {
  const { q, limit, offset } = req.validatedQuery as {
    q?: string
    limit: number
    offset: number
  }
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const filters = q
    ? { name: { $ilike: `%${q.replace(/[\\%_]/g, "\\$&")}%` } }
    : {}
  const [serial_templates, count] = await service.listAndCountSerialTemplates(
    filters as any,
    {
      skip: offset,
      take: limit,
      order: { created_at: "DESC" },
    }
  )
  res.json({ serial_templates, count, offset, limit })
}

/** Create a template. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSerialTemplateType>,
  res: MedusaResponse<AdminSerialTemplateResponse>
) => {
  const { result } = await createSerialTemplatesWorkflow(req.scope).run({
    input: { templates: [req.validatedBody as any] },
  })
  res.status(201).json({ serial_template: result[0] })
}
