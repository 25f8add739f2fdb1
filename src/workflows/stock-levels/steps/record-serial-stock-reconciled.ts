import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import type { SerialStockReconciledPayload } from "../../../types/stock-drift"

export interface RecordSerialStockReconciledInput {
  places: SerialStockReconciledPayload[]
  actor: SerialActorContext
  /** Returns Medusa received: their `returned` units counted too. */
  received_return_ids: string[]
}

/**
 * Writes an `adjusted` event on each unit counted at the reconciled places.
 * Events are append-only, so compensation leaves a `note` on the same units
 * saying the reconcile was rolled back.
 */
export const recordSerialStockReconciledStep = createStep(
  "record-serial-stock-reconciled",
  async (input: RecordSerialStockReconciledInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const unitIds = await service.recordSerialStockReconciled(
      input.places,
      input.actor,
      input.received_return_ids
    )
    return new StepResponse(unitIds, unitIds)
  },
  async (unitIds, { container }) => {
    if (!unitIds?.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    await service.createSerialEvents(
      unitIds.map((id) => ({
        serial_number_id: id,
        type: SerialEventType.NOTE,
        actor_type: "system",
        note: "compensation: stock reconcile rolled back",
      }))
    )
  }
)
