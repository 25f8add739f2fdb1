import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialTemplateEvents } from "../../../types/events"
import {
  UpdateSerialTemplateInput,
  updateSerialTemplatesStep,
  validateSerialTemplatesStep,
} from "../steps"

/** Validates and updates serial templates. Used by `POST /admin/serial-templates/:id`. */
export const updateSerialTemplatesWorkflow = createWorkflow(
  "update-serial-templates",
  (input: { updates: UpdateSerialTemplateInput[] }) => {
    validateSerialTemplatesStep(input.updates)
    const updated = updateSerialTemplatesStep(input.updates)
    const data = transform({ input }, ({ input }) => ({
      ids: input.updates.map((u) => u.id),
    }))
    emitEventStep({ eventName: SerialTemplateEvents.UPDATED, data })
    return new WorkflowResponse(updated)
  }
)
