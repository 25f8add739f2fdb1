import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { SERIAL_INVENTORY_MODULE } from "../../modules/serial-inventory"
import type { OrderFlowUndo } from "../../modules/serial-inventory/operations"
import type SerialInventoryModuleService from "../../modules/serial-inventory/service"
import { pickFulfillmentSerialNumbersWorkflow } from "../order-fulfillment/workflows"
import { readSerialNumbersByLine } from "../order-fulfillment/utils"

/**
 * Pick at fulfillment: when Medusa creates an order fulfillment, the units
 * it takes are recorded from `additional_data.serial_numbers` (or the lines'
 * allocated units). A refusal (400 naming the serials or lines) makes Medusa
 * roll the whole fulfillment back: no fulfillment, reservation or stock
 * level changes. Registered on `createOrderFulfillmentWorkflow.hooks.fulfillmentCreated`.
 */
export async function pickSerialNumbersOnFulfillmentCreated(
  {
    fulfillment,
    additional_data,
  }: { fulfillment: any; additional_data?: Record<string, unknown> | null },
  { container }: { container: any }
) {
  const serialNumbers = readSerialNumbersByLine(additional_data)
  const { result } = await pickFulfillmentSerialNumbersWorkflow(container).run({
    input: {
      fulfillment_id: fulfillment.id,
      serial_numbers: serialNumbers,
      actor_id: fulfillment.created_by ?? null,
    },
  })
  return new StepResponse(result.units, result.undo)
}

/** Undoes the pick when a workflow around Medusa's fulfillment rolls back after it. */
export async function undoPickOnFulfillmentCreated(
  undo: OrderFlowUndo | undefined,
  { container }: { container: any }
) {
  if (!undo) {
    return
  }
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  await service.undoSerialOrderFlowStep(undo, {
    actor_type: "system",
    note: "compensation: fulfillment rolled back",
  })
}

createOrderFulfillmentWorkflow.hooks.fulfillmentCreated(
  pickSerialNumbersOnFulfillmentCreated,
  undoPickOnFulfillmentCreated
)
