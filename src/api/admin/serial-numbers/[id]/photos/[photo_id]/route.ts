import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialPhotoDeleteResponse } from "../../../../../../types"
import { removeSerialPhotosWorkflow } from "../../../../../../workflows/serial-photos"
import { adminActor } from "../../../../../utils/actor"

/**
 * DELETE /admin/serial-numbers/:id/photos/:photo_id: removes the photo (soft
 * delete, `photo_removed` event). Its file is deleted from the File module
 * after the removal committed, by the `serial_number.photo_removed`
 * subscriber, unless another live photo shows it.
 */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialPhotoDeleteResponse>
) => {
  await removeSerialPhotosWorkflow(req.scope).run({
    input: {
      serial_number_id: req.params.id,
      photo_ids: [req.params.photo_id],
      actor: adminActor(req),
    },
  })
  res.json({ id: req.params.photo_id, object: "serial_photo", deleted: true })
}
