import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import type { AddSerialPhotosInput } from "../../../types/serial-photo"

export interface AddSerialPhotosStepInput extends AddSerialPhotosInput {
  actor?: SerialActorContext
}

/**
 * Attaches photos to a unit, one `photo_added` event each. Compensation
 * deletes exactly those photos with their events (no row, no event left),
 * unless somebody removed a photo in between.
 */
export const addSerialPhotosStep = createStep(
  "add-serial-photos",
  async ({ actor, ...input }: AddSerialPhotosStepInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const change = await service.addSerialPhotos(input, actor ?? {})
    return new StepResponse(change, change)
  },
  async (change, { container }) => {
    if (!change?.photos.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.undoSerialPhotoChange("added", change)
  }
)
