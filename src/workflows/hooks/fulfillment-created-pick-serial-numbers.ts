import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { SERIAL_INVENTORY_MODULE } from "../../modules/serial-inventory"
import type { OrderFlowUndo } from "../../modules/serial-inventory/operations"
import type SerialInventoryModuleService from "../../modules/serial-inventory/service"
import { orderFlowEventPayload, SerialNumberEvents } from "../../types/events"
import {
  PICK_FULFILLMENT_FIELDS,
  readSerialNumbersByLine,
  resolvePickScans,
  toPickInput,
} from "../order-fulfillment/utils"
import { emitInWorkflowGroup, hookDisabled, undoOrderFlow } from "../utils"

/**
 * Pick at fulfillment: when Medusa creates an order fulfillment, the units
 * it takes are recorded from `additional_data.serial_numbers` (or the lines'
 * allocated units), scans read as their serials (`resolvePickScans`). A refusal (400 naming the serials or lines) makes Medusa
 * roll the whole fulfillment back: no fulfillment, reservation or stock
 * level changes. `serial_number.picked` joins Medusa's workflow's event
 * group. Registered on `createOrderFulfillmentWorkflow.hooks.fulfillmentCreated`.
 */
export async function pickSerialNumbersOnFulfillmentCreated(
  {
    fulfillment,
    additional_data,
  }: { fulfillment: any; additional_data?: Record<string, unknown> | null },
  context: { container: any; eventGroupId?: string }
) {
  const serialNumbers = readSerialNumbersByLine(additional_data)
  const { data } = await context.container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "fulfillment",
      fields: PICK_FULFILLMENT_FIELDS,
      filters: { id: fulfillment.id },
    })
  const service: SerialInventoryModuleService = context.container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const pick = await resolvePickScans(
    context.container,
    toPickInput(data[0], serialNumbers)
  )
  const result = await service.pickFulfillmentSerialNumbers(pick, {
    actor_type: fulfillment.created_by ? "user" : "system",
    actor_id: fulfillment.created_by ?? null,
  })
  if (result.units.length) {
    await emitInWorkflowGroup(
      context,
      SerialNumberEvents.PICKED,
      orderFlowEventPayload(result.units, { fulfillment_id: fulfillment.id })
    )
  }
  return new StepResponse(result.units, result.undo)
}

/** Undoes the pick when Medusa's fulfillment workflow (or one around it) rolls back. */
export async function undoPickOnFulfillmentCreated(
  undo: OrderFlowUndo | undefined,
  { container }: { container: any }
) {
  await undoOrderFlow(container, undo, "compensation: fulfillment rolled back")
}

if (!hookDisabled("createOrderFulfillmentWorkflow.fulfillmentCreated")) {
  createOrderFulfillmentWorkflow.hooks.fulfillmentCreated(
    pickSerialNumbersOnFulfillmentCreated,
    undoPickOnFulfillmentCreated
  )
}
