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
import {
  addSerialPhotosStep,
  AddSerialPhotosStepInput,
  validateSerialPhotoReferencesStep,
} from "../steps"

export const addSerialPhotosWorkflowId = "add-serial-photos"

/**
 * Attaches photos to a unit: checks the unit exists and the files are in
 * Medusa's File module (uploaded before, e.g. with `POST /admin/uploads`),
 * stores the references with one `photo_added` event each, emits
 * `serial_number.photo_added` and exposes the `serialPhotosAdded` hook. A
 * failure after the step leaves no photo and no event (the uploaded files
 * stay: they are the uploader's). Used by
 * `POST /admin/serial-numbers/:id/photos`.
 */
export const addSerialPhotosWorkflow = createWorkflow(
  addSerialPhotosWorkflowId,
  (input: AddSerialPhotosStepInput) => {
    const references = transform({ input }, ({ input }) => ({
      serial_number_id: input.serial_number_id,
      file_ids: (input.photos ?? []).map((p) => p?.file_id),
    }))
    validateSerialPhotoReferencesStep(references)
    const change = addSerialPhotosStep(input)
    const eventData = transform({ change }, ({ change }) =>
      serialPhotoEventPayload(change)
    )
    emitEventStep({
      eventName: SerialNumberEvents.PHOTO_ADDED,
      data: eventData,
    })
    const serialPhotosAdded = createHook("serialPhotosAdded", {
      serial_number_id: input.serial_number_id,
      photos: change.photos,
    })
    return new WorkflowResponse(change, { hooks: [serialPhotosAdded] })
  }
)
