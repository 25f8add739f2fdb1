import type { SerialPhotoDTO } from "../serial-photo"

/** A photo as the admin API returns it (its row without `deleted_at`). */
export type AdminSerialPhoto = Omit<SerialPhotoDTO, "deleted_at">

/** `GET /admin/serial-numbers/:id/photos`: the unit's photos, oldest first. */
export interface AdminSerialPhotoListResponse {
  photos: AdminSerialPhoto[]
  count: number
}

/** `POST /admin/serial-numbers/:id/photos` (201): the attached photos, in request order. */
export interface AdminSerialPhotoCreateResponse {
  photos: AdminSerialPhoto[]
  count: number
}

/** The body of `POST /admin/serial-numbers/:id/photos`. */
export interface AdminCreateSerialPhotosBody {
  photos: { file_id: string; url: string; note?: string }[]
}

/** `DELETE /admin/serial-numbers/:id/photos/:photo_id`. */
export interface AdminSerialPhotoDeleteResponse {
  id: string
  object: "serial_photo"
  deleted: true
}
