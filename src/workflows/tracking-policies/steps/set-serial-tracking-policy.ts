import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type {
  SerialAllocationStrategy,
  SerialTrackingMode,
} from "../../../types/tracking-policy"

export interface SetSerialTrackingPolicyInput {
  inventory_item_id: string
  mode?: SerialTrackingMode
  template_id?: string | null
  warranty_months?: number | null
  allocation_strategy?: SerialAllocationStrategy
  generator_pattern?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * Creates or changes the tracking policy of one inventory item (its template
 * checked under a lock). Compensation restores the previous policy, or
 * removes the one it created.
 */
export const setSerialTrackingPolicyStep = createStep(
  "set-serial-tracking-policy",
  async (input: SetSerialTrackingPolicyInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const { policy, previous } = await service.setSerialTrackingPolicy(input)
    return new StepResponse(policy, {
      previous,
      created: previous ? null : (policy.id as string),
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    if (undo.created) {
      await service.deleteSerialTrackingPolicies([undo.created])
    } else if (undo.previous) {
      await service.updateSerialTrackingPolicies(undo.previous as any)
    }
  }
)
