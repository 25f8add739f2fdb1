import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"

/**
 * Soft-deletes templates, refusing any that a tracking policy or a live unit
 * still uses (checked and deleted in one transaction). Compensation restores
 * the ones this step deleted.
 */
export const deleteSerialTemplatesStep = createStep(
  "delete-serial-templates",
  async (ids: string[], { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const deleted = await service.deleteUnusedSerialTemplates(ids)
    return new StepResponse(ids, deleted)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.restoreSerialTemplates(ids)
  }
)
