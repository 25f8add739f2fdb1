import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { SerialTemplateInput } from "./create-serial-templates"

export type UpdateSerialTemplateInput = Partial<SerialTemplateInput> & {
  id: string
}

const FIELDS = [
  "name",
  "description",
  "attributes",
  "warranty_months",
  "condition_grades",
  "metadata",
] as const

/** Updates templates. Compensation writes the previous values back. */
export const updateSerialTemplatesStep = createStep(
  "update-serial-templates",
  async (updates: UpdateSerialTemplateInput[], { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const before = await service.listSerialTemplates({
      id: updates.map((u) => u.id),
    })
    const updated = await service.updateSerialTemplates(updates as any)
    const previous = before.map((t) => ({
      id: t.id,
      ...Object.fromEntries(FIELDS.map((f) => [f, (t as any)[f] ?? null])),
    }))
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.updateSerialTemplates(previous as any)
  }
)
