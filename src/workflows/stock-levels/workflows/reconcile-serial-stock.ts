import {
  acquireLockStep,
  adjustInventoryLevelsStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialInventoryEvents } from "../../../types/events"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import { validateSerialNumberInventoryReferencesStep } from "../../serial-numbers/steps"
import {
  ensureSerialInventoryLevelsStep,
  planSerialStockReconcileStep,
  recordSerialStockReconciledStep,
} from "../steps"

export const reconcileSerialStockWorkflowId = "reconcile-serial-stock"

export interface ReconcileSerialStockInput extends SerialActorContext {
  inventory_item_id: string
  /** One location; all of the item's locations when omitted. */
  stock_location_id?: string | null
}

/**
 * Sets Medusa's `stocked_quantity` of a `full` item (at one location or at
 * all of them) to the units there that Medusa counts as stock, through
 * Medusa's own inventory steps: creates a missing level, then
 * `adjustInventoryLevelsStep` by the difference (an adjustment, not an
 * overwrite, so a fulfillment racing the reconcile still lands). Emits
 * `serial_inventory.stock_reconciled` per place and writes an `adjusted`
 * event on each counted unit. Serialized per item by a lock. Every step
 * compensates. Used by `POST /admin/serial-inventory/stock-drift/reconcile`.
 */
export const reconcileSerialStockWorkflow = createWorkflow(
  reconcileSerialStockWorkflowId,
  (input: ReconcileSerialStockInput) => {
    const refs = transform({ input }, ({ input }) => ({
      inventory_item_ids: [input.inventory_item_id],
      stock_location_ids: input.stock_location_id
        ? [input.stock_location_id]
        : [],
      lockKey: `serial-stock-reconcile:${input.inventory_item_id}`,
    }))
    validateSerialNumberInventoryReferencesStep(refs)
    acquireLockStep({ key: refs.lockKey, timeout: 10, ttl: 120 })
    const drift = planSerialStockReconcileStep(input)
    const plan = transform({ drift, input }, ({ drift, input }) => ({
      missing: drift.rows
        .filter((r) => !r.has_level)
        .map((r) => ({
          inventory_item_id: r.inventory_item_id,
          location_id: r.stock_location_id,
        })),
      adjustments: drift.rows.map((r) => ({
        inventory_item_id: r.inventory_item_id,
        location_id: r.stock_location_id,
        adjustment: -r.difference,
      })),
      reconciled: drift.rows.map((r) => ({
        inventory_item_id: r.inventory_item_id,
        stock_location_id: r.stock_location_id,
        before: r.stocked_quantity,
        after: r.unit_count,
        actor_id: input.actor_id ?? null,
      })),
      actor: {
        actor_type: input.actor_type,
        actor_id: input.actor_id,
        note: input.note,
      },
    }))
    ensureSerialInventoryLevelsStep(plan.missing)
    adjustInventoryLevelsStep(plan.adjustments)
    emitEventStep({
      eventName: SerialInventoryEvents.STOCK_RECONCILED,
      data: plan.reconciled,
    })
    recordSerialStockReconciledStep({
      places: plan.reconciled,
      actor: plan.actor,
      received_return_ids: drift.received_return_ids,
    })
    releaseLockStep({ key: refs.lockKey })
    return new WorkflowResponse(plan.reconciled)
  }
)
