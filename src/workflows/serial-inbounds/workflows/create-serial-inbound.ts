import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { CreateSerialInboundInput } from "../../../types/serial-inbound"
import { validateSerialNumberInventoryReferencesStep } from "../../serial-numbers/steps"
import { createSerialInboundStep } from "../steps"

export const createSerialInboundWorkflowId = "create-serial-inbound"

/**
 * Creates an inbound manifest (ASN / pre-receipt) at a stock location: lines
 * per `full`-tracked item with their expected serials or a quantity. Checks
 * the items and location exist. Used by `POST /admin/serial-inbounds`.
 */
export const createSerialInboundWorkflow = createWorkflow(
  createSerialInboundWorkflowId,
  (input: CreateSerialInboundInput) => {
    const references = transform({ input }, ({ input }) => ({
      inventory_item_ids: input.lines.map((l) => l.inventory_item_id),
      stock_location_ids: [input.stock_location_id],
    }))
    validateSerialNumberInventoryReferencesStep(references)
    const id = createSerialInboundStep(input)
    return new WorkflowResponse({ id })
  }
)
