import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { SetSerialTrackingPolicyInput } from "../../../types/tracking-policy"

export type { SetSerialTrackingPolicyInput }

/**
 * Creates or changes the tracking policy of one inventory item (its template
 * checked under a lock). Compensation goes through the same guarded
 * operation: it puts the previous values back, or removes the policy this
 * step created.
 */
export const setSerialTrackingPolicyStep = createStep(
  "set-serial-tracking-policy",
  async (input: SetSerialTrackingPolicyInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const { policy, previous } = await service.setSerialTrackingPolicy(input)
    return new StepResponse(policy!, {
      inventory_item_id: input.inventory_item_id,
      previous,
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const { inventory_item_id, previous } = undo
    if (previous) {
      const { id, ...values } = previous
      await service.setSerialTrackingPolicy({ ...values, inventory_item_id })
    } else {
      await service.setSerialTrackingPolicy({ inventory_item_id, remove: true })
    }
  }
)
