import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { serialError } from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialAllocationStrategy, SerialTrackingMode } from "../../../types/tracking-policy"

export interface SetSerialTrackingPolicyInput {
  inventory_item_id: string
  mode?: SerialTrackingMode
  template_id?: string | null
  warranty_months?: number | null
  allocation_strategy?: SerialAllocationStrategy
  generator_pattern?: string | null
  metadata?: Record<string, unknown> | null
}

type Undo = { previous: Record<string, unknown> | null; created: string | null }

const FIELDS = ["mode", "template_id", "warranty_months", "allocation_strategy", "generator_pattern", "metadata"] as const

/**
 * Creates or changes the tracking policy of one inventory item (checking its
 * template exists). Compensation restores the previous policy, or removes
 * the one it created.
 */
export const setSerialTrackingPolicyStep = createStep(
  "set-serial-tracking-policy",
  async (input: SetSerialTrackingPolicyInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(SERIAL_INVENTORY_MODULE)
    if (input.template_id) {
      const [template] = await service.listSerialTemplates({ id: input.template_id })
      if (!template) {
        throw serialError(
          MedusaError.Types.NOT_FOUND,
          SerialErrorCode.TEMPLATE_NOT_FOUND,
          `Serial template not found: ${input.template_id}`
        )
      }
    }
    const [existing] = await service.listSerialTrackingPolicies({ inventory_item_id: input.inventory_item_id })
    if (existing) {
      const previous = { id: existing.id, ...Object.fromEntries(FIELDS.map((f) => [f, (existing as any)[f]])) }
      const updated = await service.updateSerialTrackingPolicies({ id: existing.id, ...input } as any)
      return new StepResponse(updated, { previous, created: null } as Undo)
    }
    const created = await service.createSerialTrackingPolicies(input as any)
    return new StepResponse(created, { previous: null, created: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(SERIAL_INVENTORY_MODULE)
    if (undo.created) {
      await service.deleteSerialTrackingPolicies([undo.created])
    } else if (undo.previous) {
      await service.updateSerialTrackingPolicies(undo.previous as any)
    }
  }
)
