import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  SerialNumberEvents,
  type SerialPhotoEventPayload,
} from "../types/events"
import { deleteSerialPhotoFilesWorkflow } from "../workflows/serial-photos"

/**
 * After a photo removal committed (Medusa releases the event only then),
 * deletes the removed photos' files from the File module unless another live
 * photo still shows them. A failure is logged and leaves the file: the photo
 * stays removed either way.
 */
export default async function photoRemovedDeleteSerialPhotoFiles({
  event,
  container,
}: SubscriberArgs<SerialPhotoEventPayload>) {
  try {
    await deleteSerialPhotoFilesWorkflow(container).run({
      input: { file_ids: event.data.file_ids ?? [] },
    })
  } catch (e) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `serial_inventory: the files of removed photo(s) ${(event.data.photo_ids ?? []).join(", ")} of ${event.data.serial_number_id} were not deleted (${(e as Error)?.message}); they stay in the File module`
      )
  }
}

export const config: SubscriberConfig = {
  event: SerialNumberEvents.PHOTO_REMOVED,
  context: { subscriberId: "serial-inventory-delete-photo-files" },
}
