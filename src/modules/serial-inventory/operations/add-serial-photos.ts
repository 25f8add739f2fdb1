import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import type {
  AddSerialPhotosInput,
  SerialPhotoChange,
} from "../../../types/serial-photo"
import {
  insertSerialEvents,
  insertSerialPhotos,
  lockLiveSerialPhotos,
} from "../sql"
import { photoInputProblems, serialError } from "../utils"
import { actorFields } from "./actor-fields"
import { lockExistingSerialNumbers } from "./lock-existing-serial-numbers"

/**
 * Attaches photos (references to File module files) to one unit, with one
 * `photo_added` event per photo naming it (`data: { photo_id, file_id, url }`;
 * the photo's note is the event's note). The unit is locked, so photo writes
 * on a unit are serialized and a unit being rolled back cannot gain photos.
 * Refuses malformed photos (`serial_photo_invalid`) and a file the unit
 * already shows or that is given twice (`serial_photo_duplicate`); the status
 * never changes. Whether the files exist is the workflow's check (the module
 * does not reach the File module).
 */
export async function addSerialPhotos(
  knex: Knex,
  input: AddSerialPhotosInput,
  actor: SerialActorContext
): Promise<SerialPhotoChange> {
  const { invalid, repeated } = photoInputProblems(input?.photos)
  const problems = [
    ...(typeof input?.serial_number_id === "string"
      ? []
      : ["serial_number_id is required"]),
    ...invalid,
  ]
  if (problems.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.PHOTO_INVALID,
      `Invalid photos, nothing was written: ${problems.join("; ")}`
    )
  }
  if (repeated.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.PHOTO_DUPLICATE,
      `The same file twice, nothing was written: ${repeated.join("; ")}`
    )
  }
  const [unit] = await lockExistingSerialNumbers(knex, [input.serial_number_id])
  const shown = await lockLiveSerialPhotos(knex, unit.id, {
    file_ids: input.photos.map((p) => p.file_id),
  })
  if (shown.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.PHOTO_DUPLICATE,
      `Serial number ${unit.serial} already has these files, nothing was written: ${shown.map((p) => `${p.file_id} (${p.id})`).join(", ")}`
    )
  }
  const who = actorFields(actor)
  const photos = await insertSerialPhotos(
    knex,
    input.photos.map((p) => ({
      serial_number_id: unit.id,
      file_id: p.file_id,
      url: p.url,
      note: p.note ?? null,
      actor_type: who.actor_type,
      actor_id: who.actor_id,
    }))
  )
  const event_ids = await insertSerialEvents(
    knex,
    photos.map((p) => ({
      serial_number_id: unit.id,
      type: SerialEventType.PHOTO_ADDED,
      stock_location_id: unit.stock_location_id,
      ...who,
      note: p.note ?? who.note,
      data: { photo_id: p.id, file_id: p.file_id, url: p.url },
    }))
  )
  return { serial_number_id: unit.id, photos, event_ids }
}
