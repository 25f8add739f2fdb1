import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialTemplateEvents } from "../../../types/events"
import { deleteSerialTemplatesStep } from "../steps"

/**
 * Deletes serial templates no tracking policy uses. Used by
 * `DELETE /admin/serial-templates/:id`.
 */
export const deleteSerialTemplatesWorkflow = createWorkflow(
  "delete-serial-templates",
  (input: { ids: string[] }) => {
    const deleted = deleteSerialTemplatesStep(input.ids)
    emitEventStep({
      eventName: SerialTemplateEvents.DELETED,
      data: { ids: input.ids },
    })
    return new WorkflowResponse(deleted)
  }
)
