import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type {
  AdminSerialPhoto,
  AdminSerialPhotoCreateResponse,
  AdminSerialPhotoListResponse,
} from "../../../../../types"
import { addSerialPhotosWorkflow } from "../../../../../workflows/serial-photos"
import { adminActor } from "../../../../utils/actor"
import { serialNumberResponse } from "../../helpers/serial-number-response"
import type { AdminCreateSerialPhotosType } from "../../validators"

/** The unit's photos, oldest first (404 `serial_number_not_found`). */
async function photosOf(req: AuthenticatedMedusaRequest) {
  const unit = await serialNumberResponse(req.scope, { id: req.params.id }, [
    "photos",
  ])
  return unit.photos ?? []
}

/** GET /admin/serial-numbers/:id/photos: the unit's live photos, oldest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialPhotoListResponse>
) => {
  const photos = await photosOf(req)
  res.json({ photos, count: photos.length })
}

/** POST /admin/serial-numbers/:id/photos: attach uploaded files (1-20), one `photo_added` event each. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSerialPhotosType>,
  res: MedusaResponse<AdminSerialPhotoCreateResponse>
) => {
  const { result } = await addSerialPhotosWorkflow(req.scope).run({
    input: {
      serial_number_id: req.params.id,
      photos: req.validatedBody.photos,
      actor: adminActor(req),
    },
  })
  const byId = new Map((await photosOf(req)).map((p) => [p.id, p]))
  const photos = result.photos
    .map((p) => byId.get(p.id))
    .filter((p): p is AdminSerialPhoto => !!p)
  res.status(201).json({ photos, count: photos.length })
}
