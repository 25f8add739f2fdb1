import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { TemplateAttributeDefinition } from "../../../types/template-attribute"

export interface SerialTemplateInput {
  name: string
  description?: string | null
  attributes?: TemplateAttributeDefinition[]
  warranty_months?: number | null
  condition_grades?: string[] | null
  metadata?: Record<string, unknown> | null
}

/** Creates templates. Compensation deletes them. */
export const createSerialTemplatesStep = createStep(
  "create-serial-templates",
  async (templates: SerialTemplateInput[], { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const created = await service.createSerialTemplates(
      templates.map((t) => ({
        ...t,
        attributes: (t.attributes ?? []) as any,
        condition_grades: t.condition_grades as any,
      }))
    )
    return new StepResponse(
      created,
      created.map((t) => t.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.deleteSerialTemplates(ids)
  }
)
