import type { SerialEventActorType } from "./serial-event-type"
import type { SerialDate } from "./serial-records"

/**
 * A photo of a unit: a reference to a file kept by Medusa's File module
 * (`file_id`, the key `POST /admin/uploads` returned, and its `url`). The
 * plugin stores no image bytes. Removing a photo soft-deletes the row.
 */
export interface SerialPhotoDTO {
  id: string
  serial_number_id: string
  /** The File module's id (the provider's file key). */
  file_id: string
  url: string
  note: string | null
  /** Who attached it. */
  actor_type: SerialEventActorType
  actor_id: string | null
  created_at: SerialDate
  updated_at: SerialDate
  deleted_at?: SerialDate | null
}

/** One photo to attach: a file already uploaded to the File module. */
export interface SerialPhotoInput {
  file_id: string
  url: string
  note?: string | null
}

export interface AddSerialPhotosInput {
  serial_number_id: string
  photos: SerialPhotoInput[]
}

export interface RemoveSerialPhotosInput {
  serial_number_id: string
  photo_ids: string[]
}

/**
 * What one photo write did: the photos it attached or removed and the
 * `photo_added` / `photo_removed` events it wrote (same order), enough for
 * its compensation to undo exactly that.
 */
export interface SerialPhotoChange {
  serial_number_id: string
  photos: SerialPhotoDTO[]
  event_ids: string[]
}
