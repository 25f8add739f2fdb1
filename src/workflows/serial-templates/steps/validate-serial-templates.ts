import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import {
  serialError,
  templateDefinitionProblems,
} from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialTemplateInput } from "./create-serial-templates"

/**
 * Checks template definitions (keys, types, select options) and that names
 * are free, naming every problem. Writes nothing.
 */
export const validateSerialTemplatesStep = createStep(
  "validate-serial-templates",
  async (
    templates: (Partial<SerialTemplateInput> & { id?: string })[],
    { container }
  ) => {
    const problems = templates.flatMap((t) =>
      templateDefinitionProblems(t.attributes ?? []).map(
        (p) => `${t.name ?? t.id}: ${p}`
      )
    )
    if (problems.length) {
      throw serialError(
        MedusaError.Types.INVALID_DATA,
        SerialErrorCode.TEMPLATE_INVALID,
        `Invalid template: ${problems.join("; ")}`
      )
    }
    const names = templates.map((t) => t.name).filter(Boolean) as string[]
    if (!names.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const taken = (await service.listSerialTemplates({ name: names })).filter(
      (existing) => !templates.some((t) => t.id === existing.id)
    )
    if (taken.length) {
      throw serialError(
        MedusaError.Types.INVALID_DATA,
        SerialErrorCode.TEMPLATE_NAME_TAKEN,
        `Template name already used: ${taken.map((t) => t.name).join(", ")}`
      )
    }
  }
)
