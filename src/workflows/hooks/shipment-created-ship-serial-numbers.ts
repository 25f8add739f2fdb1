import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { SERIAL_INVENTORY_MODULE } from "../../modules/serial-inventory"
import type { OrderFlowUndo } from "../../modules/serial-inventory/operations"
import type SerialInventoryModuleService from "../../modules/serial-inventory/service"
import { shipFulfillmentSerialNumbersWorkflow } from "../order-fulfillment/workflows"

/**
 * Ship: when Medusa marks a fulfillment shipped, its picked units become
 * `sold` with a fresh warranty from the ship date. Registered on
 * `createOrderShipmentWorkflow.hooks.shipmentCreated`.
 */
export async function shipSerialNumbersOnShipmentCreated(
  { shipment }: { shipment: any },
  { container }: { container: any }
) {
  const { result } = await shipFulfillmentSerialNumbersWorkflow(container).run({
    input: {
      fulfillment_id: shipment.id,
      shipped_at: shipment.shipped_at ?? null,
    },
  })
  return new StepResponse(result.units, result.undo)
}

/** Undoes the sale when a workflow around Medusa's shipment rolls back after it. */
export async function undoShipOnShipmentCreated(
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
    note: "compensation: shipment rolled back",
  })
}

createOrderShipmentWorkflow.hooks.shipmentCreated(
  shipSerialNumbersOnShipmentCreated,
  undoShipOnShipmentCreated
)
