import type { MedusaContainer } from "@medusajs/framework/types"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import type { AdminSerialPhoto } from "../../../../types"

/** The fields of a photo the admin API returns. */
export const SERIAL_PHOTO_FIELDS = [
  "id",
  "serial_number_id",
  "file_id",
  "url",
  "note",
  "actor_type",
  "actor_id",
  "created_at",
  "updated_at",
]

/** Each unit's live photos, oldest first: one statement for the whole page. */
export async function photosByUnit(
  container: MedusaContainer,
  ids: string[]
): Promise<Map<string, AdminSerialPhoto[]>> {
  const byUnit = new Map<string, AdminSerialPhoto[]>(ids.map((id) => [id, []]))
  if (!ids.length) {
    return byUnit
  }
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const photos = await service.listSerialPhotos(
    { serial_number_id: ids } as any,
    {
      select: SERIAL_PHOTO_FIELDS,
      order: { created_at: "ASC", id: "ASC" },
      take: null as any,
    }
  )
  for (const photo of photos as any[]) {
    const picked = Object.fromEntries(
      SERIAL_PHOTO_FIELDS.map((f) => [f, photo[f] ?? null])
    ) as AdminSerialPhoto
    byUnit.get(photo.serial_number_id)?.push(picked)
  }
  return byUnit
}
