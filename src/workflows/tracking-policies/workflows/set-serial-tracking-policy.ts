import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSerialNumberInventoryReferencesStep } from "../../serial-numbers/steps"
import {
  SetSerialTrackingPolicyInput,
  setSerialTrackingPolicyStep,
} from "../steps"

/**
 * Sets how an inventory item's units are tracked (mode, template, warranty,
 * allocation strategy, generator pattern). Used by
 * `POST /admin/serial-tracking-policies/:inventory_item_id`.
 */
export const setSerialTrackingPolicyWorkflow = createWorkflow(
  "set-serial-tracking-policy",
  (input: SetSerialTrackingPolicyInput) => {
    const refs = transform({ input }, ({ input }) => ({
      inventory_item_ids: [input.inventory_item_id],
    }))
    validateSerialNumberInventoryReferencesStep(refs)
    const policy = setSerialTrackingPolicyStep(input)
    return new WorkflowResponse(policy)
  }
)
