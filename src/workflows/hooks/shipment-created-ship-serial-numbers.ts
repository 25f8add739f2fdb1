import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { SERIAL_INVENTORY_MODULE } from "../../modules/serial-inventory"
import type { OrderFlowUndo } from "../../modules/serial-inventory/operations"
import type SerialInventoryModuleService from "../../modules/serial-inventory/service"
import { orderFlowEventPayload, SerialNumberEvents } from "../../types/events"
import { emitInWorkflowGroup, hookDisabled, undoOrderFlow } from "../utils"

/**
 * Ship: when Medusa marks a fulfillment shipped, its picked units become
 * `sold` with a fresh warranty from the ship date; `serial_number.shipped`
 * joins Medusa's workflow's event group. Registered on
 * `createOrderShipmentWorkflow.hooks.shipmentCreated`.
 */
export async function shipSerialNumbersOnShipmentCreated(
  { shipment }: { shipment: any },
  context: { container: any; eventGroupId?: string }
) {
  const service: SerialInventoryModuleService = context.container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const result = await service.shipFulfillmentSerialNumbers(
    { fulfillment_id: shipment.id, shipped_at: shipment.shipped_at ?? null },
    { actor_type: "system" }
  )
  if (result.units.length) {
    await emitInWorkflowGroup(
      context,
      SerialNumberEvents.SHIPPED,
      orderFlowEventPayload(result.units, { fulfillment_id: shipment.id })
    )
  }
  return new StepResponse(result.units, result.undo)
}

/** Undoes the sale when Medusa's shipment workflow (or one around it) rolls back. */
export async function undoShipOnShipmentCreated(
  undo: OrderFlowUndo | undefined,
  { container }: { container: any }
) {
  await undoOrderFlow(container, undo, "compensation: shipment rolled back")
}

if (!hookDisabled("createOrderShipmentWorkflow.shipmentCreated")) {
  createOrderShipmentWorkflow.hooks.shipmentCreated(
    shipSerialNumbersOnShipmentCreated,
    undoShipOnShipmentCreated
  )
}
