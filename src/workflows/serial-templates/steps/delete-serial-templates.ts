import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { serialError } from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"

/**
 * Soft-deletes templates, refusing any that a tracking policy still uses
 * (naming the inventory items). Compensation restores them.
 */
export const deleteSerialTemplatesStep = createStep(
  "delete-serial-templates",
  async (ids: string[], { container }) => {
    const service: SerialInventoryModuleService = container.resolve(SERIAL_INVENTORY_MODULE)
    const users = await service.listSerialTrackingPolicies({ template_id: ids })
    if (users.length) {
      const items = users.map((p) => `${p.template_id} by inventory item ${p.inventory_item_id}`)
      throw serialError(
        MedusaError.Types.NOT_ALLOWED,
        SerialErrorCode.TEMPLATE_IN_USE,
        `Template in use by a tracking policy, change the policy first: ${items.join(", ")}`
      )
    }
    await service.softDeleteSerialTemplates(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(SERIAL_INVENTORY_MODULE)
    await service.restoreSerialTemplates(ids)
  }
)
