import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import {
  serialError,
  templateDefinitionProblems,
} from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialTemplateInput } from "./create-serial-templates"

/**
 * Checks template definitions (keys, types, select options), naming every
 * problem, before anything is written. Names are claimed by the module when
 * it writes (under a lock, so a race cannot slip between check and write).
 */
export const validateSerialTemplatesStep = createStep(
  "validate-serial-templates",
  async (templates: (Partial<SerialTemplateInput> & { id?: string })[]) => {
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
  }
)
