import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SerialRecallEvents } from "../../../types/events"
import { transform } from "@medusajs/framework/workflows-sdk"
import {
  createSerialRecallStep,
  type CreateSerialRecallStepInput,
} from "../steps"

export const createSerialRecallWorkflowId = "create-serial-recall"

/**
 * Creates a draft recall campaign from a selector (refused when it is
 * invalid or matches no unit), then emits `serial_recall.created`. Used by
 * `POST /admin/serial-recalls`.
 */
export const createSerialRecallWorkflow = createWorkflow(
  createSerialRecallWorkflowId,
  (input: CreateSerialRecallStepInput) => {
    const recall = createSerialRecallStep(input)
    emitEventStep({
      eventName: SerialRecallEvents.CREATED,
      data: transform({ recall }, ({ recall }) => ({ id: recall.id })),
    })
    return new WorkflowResponse(recall)
  }
)
