import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import type {
  RemoveSerialPhotosInput,
  SerialPhotoChange,
  SerialPhotoDTO,
} from "../../../types/serial-photo"
import { insertSerialEvents, lockLiveSerialPhotos } from "../sql"
import { hasNul, listForMessage, serialError } from "../utils"
import { actorFields } from "./actor-fields"
import { lockExistingSerialNumbers } from "./lock-existing-serial-numbers"

/**
 * Removes photos of one unit: soft-deletes their rows (the reference stays
 * as history) and writes one `photo_removed` event per photo naming it
 * (`data: { photo_id, file_id, url }`). The status never changes. An id that
 * is not a live photo of this unit refuses the call (`serial_photo_not_found`,
 * naming it). The files themselves are not touched here: see the
 * `serial_number.photo_removed` subscriber.
 */
export async function removeSerialPhotos(
  knex: Knex,
  input: RemoveSerialPhotosInput,
  actor: SerialActorContext
): Promise<SerialPhotoChange> {
  const ids = input?.photo_ids
  if (
    typeof input?.serial_number_id !== "string" ||
    !Array.isArray(ids) ||
    !ids.length ||
    ids.some((id) => typeof id !== "string" || !id || hasNul(id))
  ) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.PHOTO_INVALID,
      "Removing photos takes a serial_number_id and a non-empty list of photo ids"
    )
  }
  const unique = [...new Set(ids)]
  const [unit] = await lockExistingSerialNumbers(knex, [input.serial_number_id])
  const live = await lockLiveSerialPhotos(knex, unit.id, { ids: unique })
  if (live.length !== unique.length) {
    const found = new Set(live.map((p) => p.id))
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.PHOTO_NOT_FOUND,
      `Photo(s) not found on serial number ${unit.serial}: ${listForMessage(unique.filter((id) => !found.has(id)))}`
    )
  }
  const photos: SerialPhotoDTO[] = await knex("serial_photo")
    .whereIn("id", unique)
    .update({ deleted_at: knex.fn.now() })
    .returning("*")
  const order = new Map(unique.map((id, i) => [id, i]))
  photos.sort((a, b) => order.get(a.id)! - order.get(b.id)!)
  const who = actorFields(actor)
  const event_ids = await insertSerialEvents(
    knex,
    photos.map((p) => ({
      serial_number_id: unit.id,
      type: SerialEventType.PHOTO_REMOVED,
      stock_location_id: unit.stock_location_id,
      ...who,
      data: { photo_id: p.id, file_id: p.file_id, url: p.url },
    }))
  )
  return { serial_number_id: unit.id, photos, event_ids }
}
