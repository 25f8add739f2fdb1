import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import type { RemoveSerialPhotosInput } from "../../../types/serial-photo"

export interface RemoveSerialPhotosStepInput extends RemoveSerialPhotosInput {
  actor?: SerialActorContext
}

/**
 * Removes photos of a unit (soft delete), one `photo_removed` event each.
 * Compensation makes them live again and deletes those events. The files
 * are not touched here.
 */
export const removeSerialPhotosStep = createStep(
  "remove-serial-photos",
  async ({ actor, ...input }: RemoveSerialPhotosStepInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const change = await service.removeSerialPhotos(input, actor ?? {})
    return new StepResponse(change, change)
  },
  async (change, { container }) => {
    if (!change?.photos.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.undoSerialPhotoChange("removed", change)
  }
)
