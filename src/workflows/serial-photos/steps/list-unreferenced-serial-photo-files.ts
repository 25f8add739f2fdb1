import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"

/**
 * Of these File module ids, those no live photo (of any unit) refers to:
 * the files a photo removal may delete. One query. Writes nothing.
 */
export const listUnreferencedSerialPhotoFilesStep = createStep(
  "list-unreferenced-serial-photo-files",
  async (fileIds: string[], { container }) => {
    const unique = [...new Set((fileIds ?? []).filter(Boolean))]
    if (!unique.length) {
      return new StepResponse([] as string[])
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const live = await service.listSerialPhotos(
      { file_id: unique },
      { select: ["id", "file_id"], take: null as any }
    )
    const used = new Set(live.map((p) => p.file_id))
    return new StepResponse(unique.filter((id) => !used.has(id)))
  }
)
