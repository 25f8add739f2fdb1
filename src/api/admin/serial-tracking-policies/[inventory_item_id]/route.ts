import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSerialTrackingPolicyResponse } from "../../../../types/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import { serialError } from "../../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../../types/error-codes"
import { setSerialTrackingPolicyWorkflow } from "../../../../workflows/tracking-policies"
import type { AdminSetSerialTrackingPolicyType } from "../validators"

/** The defaults an item without a stored policy is tracked with. */
const DEFAULT_POLICY = {
  id: null,
  mode: "none",
  template_id: null,
  warranty_months: null,
  allocation_strategy: "fifo",
  generator_pattern: null,
  metadata: null,
} as const

/** The item's tracking policy (`is_default: true` when none was set). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialTrackingPolicyResponse>
) => {
  const inventory_item_id = req.params.inventory_item_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["id"],
    filters: { id: inventory_item_id },
  })
  if (!data.length) {
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.INVENTORY_ITEM_NOT_FOUND,
      `Inventory item not found: ${inventory_item_id}`
    )
  }
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const [policy] = await service.listSerialTrackingPolicies({
    inventory_item_id,
  })
  res.json({
    serial_tracking_policy: policy
      ? { ...policy, is_default: false }
      : { ...DEFAULT_POLICY, inventory_item_id, is_default: true },
  })
}

/** Create or change the item's tracking policy. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetSerialTrackingPolicyType>,
  res: MedusaResponse<AdminSerialTrackingPolicyResponse>
) => {
  const { result } = await setSerialTrackingPolicyWorkflow(req.scope).run({
    input: {
      inventory_item_id: req.params.inventory_item_id,
      ...(req.validatedBody as any),
    },
  })
  res.json({ serial_tracking_policy: { ...result, is_default: false } })
}
