import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialNumberEvents } from "../../../types/events"
import {
  allocateOrderSerialNumbersStep,
  listOrderSerialAllocationsStep,
  releaseExcessLineSerialNumbersStep,
} from "../steps"
import {
  planSerialReconciliation,
  reasonForOrderChange,
  toQuantity,
} from "../utils"

export const reconcileOrderSerialAllocationsWorkflowId =
  "reconcile-order-serial-allocations"

export interface ReconcileOrderSerialAllocationsInput {
  order_id: string
  /**
   * Starts the release notes ("order edit" gives "order edit: line removed");
   * by default named after the order's latest confirmed order change.
   */
  reason?: string
}

/**
 * Brings an order's units back in line with its lines after they changed
 * (order edit confirmed, claim or exchange created or canceled): reads the
 * lines with their quantities, Medusa's reservations and the order's
 * allocations; releases the newest `allocated` units of lines that are gone
 * or want fewer (`serial_number.released`, notes "<reason>: line removed" /
 * "<reason>: quantity lowered"); then tops up reserved lines that want more,
 * such as new outbound claim and exchange lines, through the allocation step
 * (`serial_number.allocated`). `picked` units belong to a fulfillment and
 * stay; the result lists them as `held`. Runs one at a time per order (a
 * lock from Medusa's locking module) and is idempotent: a second run
 * changes nothing. Compensation: the allocation step releases what it
 * allocated; releases are append-only and stand. A canceled order is left
 * to `releaseOrderSerialNumbersWorkflow`.
 */
export const reconcileOrderSerialAllocationsWorkflow = createWorkflow(
  reconcileOrderSerialAllocationsWorkflowId,
  (input: ReconcileOrderSerialAllocationsInput) => {
    const lockKey = transform(
      { input },
      ({ input }) => `serial_inventory:reconcile-order:${input.order_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "status",
        "canceled_at",
        "items.id",
        "items.quantity",
        "items.detail.quantity",
        "items.detail.fulfilled_quantity",
        "items.variant.inventory_items.inventory_item_id",
        "items.variant.inventory_items.required_quantity",
      ],
      filters: { id: input.order_id },
    }).config({ name: "get-order-for-serial-reconciliation" })
    const lineIds = transform({ orders }, ({ orders }) =>
      (orders[0]?.items ?? []).map((item: any) => item.id as string)
    )
    const { data: reservations } = useQueryGraphStep({
      entity: "reservation",
      fields: ["line_item_id", "inventory_item_id", "location_id", "quantity"],
      filters: { line_item_id: lineIds },
    }).config({ name: "get-reservations-for-serial-reconciliation" })
    const { data: changes } = useQueryGraphStep({
      entity: "order_change",
      fields: ["id", "change_type", "claim_id", "exchange_id"],
      filters: { order_id: input.order_id, status: "confirmed" },
      pagination: { order: { confirmed_at: "DESC" }, take: 1 },
    }).config({ name: "get-order-change-for-serial-reconciliation" })
    const allocations = listOrderSerialAllocationsStep({
      order_id: input.order_id,
    })
    const plan = transform(
      { input, orders, reservations, allocations, changes },
      ({ input, orders, reservations, allocations, changes }) => {
        const order: any = orders[0]
        return planSerialReconciliation({
          order_id: input.order_id,
          reason: input.reason ?? reasonForOrderChange(changes[0]),
          allocations,
          order: order
            ? {
                canceled: order.status === "canceled" || !!order.canceled_at,
                lines: (order.items ?? []).map((item: any) => ({
                  id: item.id,
                  quantity: toQuantity(item.detail?.quantity ?? item.quantity),
                  fulfilled_quantity: toQuantity(
                    item.detail?.fulfilled_quantity
                  ),
                  inventory_items: (item.variant?.inventory_items ?? []).map(
                    (i: any) => ({
                      inventory_item_id: i.inventory_item_id,
                      required_quantity: toQuantity(i.required_quantity) || 1,
                    })
                  ),
                })),
              }
            : null,
          reservations: (reservations as any[])
            .filter((r) => r.line_item_id && r.location_id)
            .map((r) => ({
              line_item_id: r.line_item_id,
              inventory_item_id: r.inventory_item_id,
              location_id: r.location_id,
              quantity: toQuantity(r.quantity),
            })),
        })
      }
    )
    const released = releaseExcessLineSerialNumbersStep({
      order_id: input.order_id,
      targets: plan.targets,
    })
    const allocatedLines = allocateOrderSerialNumbersStep({
      lines: plan.top_ups,
      note: "allocated after an order change",
    })
    const events = transform(
      { input, released, allocatedLines },
      ({ input, released, allocatedLines }) => {
        const allocated = allocatedLines.flatMap((l) => l.allocated)
        // An empty list emits nothing: most runs (a retried event) change nothing.
        return {
          released: released.length
            ? [{ order_id: input.order_id, ids: released }]
            : [],
          allocated: allocated.length
            ? [{ order_id: input.order_id, ids: allocated }]
            : [],
        }
      }
    )
    emitEventStep({
      eventName: SerialNumberEvents.RELEASED,
      data: events.released,
    }).config({ name: "emit-serial-numbers-released" })
    emitEventStep({
      eventName: SerialNumberEvents.ALLOCATED,
      data: events.allocated,
    }).config({ name: "emit-serial-numbers-allocated" })
    releaseLockStep({ key: lockKey })
    const result = transform(
      { released, allocatedLines, plan },
      ({ released, allocatedLines, plan }) => ({
        released,
        allocated: allocatedLines,
        held: plan.held,
      })
    )
    return new WorkflowResponse(result)
  }
)
