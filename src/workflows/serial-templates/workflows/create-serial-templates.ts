import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialTemplateEvents } from "../../../types/events"
import {
  createSerialTemplatesStep,
  SerialTemplateInput,
  validateSerialTemplatesStep,
} from "../steps"

/** Validates and creates serial templates. Used by `POST /admin/serial-templates`. */
export const createSerialTemplatesWorkflow = createWorkflow(
  "create-serial-templates",
  (input: { templates: SerialTemplateInput[] }) => {
    validateSerialTemplatesStep(input.templates)
    const created = createSerialTemplatesStep(input.templates)
    const data = transform({ created }, ({ created }) => ({
      ids: created.map((t) => t.id),
    }))
    emitEventStep({ eventName: SerialTemplateEvents.CREATED, data })
    return new WorkflowResponse(created)
  }
)
