import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  SerialNumberEvents,
  serialPhotoEventPayload,
} from "../../../types/events"
import { removeSerialPhotosStep, RemoveSerialPhotosStepInput } from "../steps"

export const removeSerialPhotosWorkflowId = "remove-serial-photos"

/**
 * Removes photos of a unit (soft delete, one `photo_removed` event each),
 * emits `serial_number.photo_removed` and exposes the `serialPhotosRemoved`
 * hook. The files are deleted from the File module only after the workflow
 * succeeded, by the `serial_number.photo_removed` subscriber (events of a
 * workflow that compensates never reach it, so a rolled-back removal keeps
 * its file). Used by `DELETE /admin/serial-numbers/:id/photos/:photo_id`.
 */
export const removeSerialPhotosWorkflow = createWorkflow(
  removeSerialPhotosWorkflowId,
  (input: RemoveSerialPhotosStepInput) => {
    const change = removeSerialPhotosStep(input)
    const eventData = transform({ change }, ({ change }) =>
      serialPhotoEventPayload(change)
    )
    emitEventStep({
      eventName: SerialNumberEvents.PHOTO_REMOVED,
      data: eventData,
    })
    const serialPhotosRemoved = createHook("serialPhotosRemoved", {
      serial_number_id: input.serial_number_id,
      photos: change.photos,
    })
    return new WorkflowResponse(change, { hooks: [serialPhotosRemoved] })
  }
)
