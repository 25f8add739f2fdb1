import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  adjustInventoryLevelsStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { SerialRecallEvents } from "../../../types/events"
import { ensureSerialInventoryLevelsStep } from "../../stock-levels/steps"
import {
  closeSerialRecallStep,
  type CloseSerialRecallStepInput,
} from "../steps"

export const closeSerialRecallWorkflowId = "close-serial-recall"

/**
 * Closes an applied recall campaign with a disposition: `release` gives its
 * units back (raising Medusa's `stocked_quantity` by those that count as
 * stock again, creating a missing level first), `defective` marks them
 * defective (stock unchanged: it was lowered when they were blocked). Emits
 * `serial_recall.closed`, runs the `serialRecallClosed` hook. Every step
 * compensates. Used by `POST /admin/serial-recalls/:id/close`.
 */
export const closeSerialRecallWorkflow = createWorkflow(
  closeSerialRecallWorkflowId,
  (input: CloseSerialRecallStepInput) => {
    const closed = closeSerialRecallStep(input)
    ensureSerialInventoryLevelsStep(
      transform({ closed }, ({ closed }) =>
        closed.stock.map(({ inventory_item_id, location_id }) => ({
          inventory_item_id,
          location_id,
        }))
      )
    )
    adjustInventoryLevelsStep(
      transform({ closed }, ({ closed }) => closed.stock)
    )
    emitEventStep({
      eventName: SerialRecallEvents.CLOSED,
      data: transform({ closed }, ({ closed }) => ({
        id: closed.recall.id,
        disposition: closed.recall.disposition,
      })),
    })
    const serialRecallClosed = createHook("serialRecallClosed", {
      recall: transform({ closed }, ({ closed }) => closed.recall),
    })
    return new WorkflowResponse(closed, { hooks: [serialRecallClosed] })
  }
)
