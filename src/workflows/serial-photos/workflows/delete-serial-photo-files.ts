import { deleteFilesStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { listUnreferencedSerialPhotoFilesStep } from "../steps"

export const deleteSerialPhotoFilesWorkflowId = "delete-serial-photo-files"

/**
 * Deletes the files of removed photos from Medusa's File module, skipping
 * any file a live photo (of any unit) still shows, with Medusa's own
 * `deleteFilesStep` (not undoable: it runs last). Returns the ids it
 * deleted. Run by the `serial_number.photo_removed` subscriber, that is
 * only after the removal committed.
 */
export const deleteSerialPhotoFilesWorkflow = createWorkflow(
  deleteSerialPhotoFilesWorkflowId,
  (input: { file_ids: string[] }) => {
    const unreferenced = listUnreferencedSerialPhotoFilesStep(input.file_ids)
    when({ unreferenced }, ({ unreferenced }) => unreferenced.length > 0).then(
      () => {
        deleteFilesStep(unreferenced)
      }
    )
    return new WorkflowResponse(unreferenced)
  }
)
