import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminSerialPhotoCreateResponse,
  AdminSerialPhotoDeleteResponse,
  AdminSerialPhotoListResponse,
} from "../../types/http"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** Most photos one attach request takes (the route's limit). */
export const MAX_PHOTOS_PER_UPLOAD = 20

const photosPath = (unitId: string) =>
  `/admin/serial-numbers/${encodeURIComponent(unitId)}/photos`

/** `GET /admin/serial-numbers/:id/photos`: the unit's photos, oldest first. */
export function useUnitPhotos(unitId: string) {
  return useQuery({
    queryKey: serialKeys.photos(unitId),
    queryFn: () =>
      sdk.client.fetch<AdminSerialPhotoListResponse>(photosPath(unitId)),
  })
}

/**
 * Uploads image files through Medusa's File module (`POST /admin/uploads`,
 * with the JS SDK), then attaches them to the unit
 * (`POST /admin/serial-numbers/:id/photos`). When the attach is refused,
 * the files just uploaded are deleted again (best effort), so a refusal
 * leaves no orphan upload behind.
 */
export function useAddUnitPhotos(unitId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (files: File[]) => {
      const { files: uploaded } = await sdk.admin.upload.create({ files })
      try {
        return await sdk.client.fetch<AdminSerialPhotoCreateResponse>(
          photosPath(unitId),
          {
            method: "POST",
            body: {
              photos: uploaded.map((f) => ({ file_id: f.id, url: f.url })),
            },
          }
        )
      } catch (e) {
        await Promise.allSettled(
          uploaded.map((f) => sdk.admin.upload.delete(f.id))
        )
        throw e
      }
    },
    // The unit's key covers its photos and its timeline (photo_added events).
    onSuccess: () =>
      client.invalidateQueries({ queryKey: serialKeys.unit(unitId) }),
  })
}

/** `DELETE /admin/serial-numbers/:id/photos/:photo_id`: removes one photo (the server deletes its file). */
export function useRemoveUnitPhoto(unitId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (photoId: string) =>
      sdk.client.fetch<AdminSerialPhotoDeleteResponse>(
        `${photosPath(unitId)}/${encodeURIComponent(photoId)}`,
        { method: "DELETE" }
      ),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: serialKeys.unit(unitId) }),
  })
}
