import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialNumberEvents } from "../../../types/events"
import { allocateOrderSerialNumbersStep } from "../steps"

export const allocateOrderSerialNumbersWorkflowId =
  "allocate-order-serial-numbers"

/**
 * Allocates specific units to a placed order: reads the order's lines and
 * Medusa's reservations for them, and gives each reserved line of a `full`
 * item `quantity` units at the reservation's location, chosen by the item's
 * strategy. A line that cannot be covered stays visibly short (`missing`),
 * never on a unit another line holds. Emits `serial_number.allocated`. Run
 * by the `order.placed` subscriber; safe to run again (a covered line takes
 * nothing more).
 */
export const allocateOrderSerialNumbersWorkflow = createWorkflow(
  allocateOrderSerialNumbersWorkflowId,
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "items.id"],
      filters: { id: input.order_id },
    }).config({ name: "get-order-for-serial-allocation" })
    const lineIds = transform({ orders }, ({ orders }) =>
      (orders[0]?.items ?? []).map((item: any) => item.id as string)
    )
    const { data: reservations } = useQueryGraphStep({
      entity: "reservation",
      fields: [
        "id",
        "line_item_id",
        "inventory_item_id",
        "location_id",
        "quantity",
      ],
      filters: { line_item_id: lineIds },
    }).config({ name: "get-reservations-for-serial-allocation" })
    const lines = transform(
      { input, reservations },
      ({ input, reservations }) =>
        (reservations as any[])
          .filter((r) => r.line_item_id && r.location_id)
          .map((r) => ({
            order_id: input.order_id,
            line_item_id: r.line_item_id as string,
            inventory_item_id: r.inventory_item_id as string,
            stock_location_id: r.location_id as string,
            quantity: Number(r.quantity),
          }))
    )
    const allocated = allocateOrderSerialNumbersStep({ lines })
    const eventData = transform(
      { input, allocated },
      ({ input, allocated }) => ({
        order_id: input.order_id,
        ids: allocated.flatMap((l) => l.allocated),
      })
    )
    emitEventStep({ eventName: SerialNumberEvents.ALLOCATED, data: eventData })
    return new WorkflowResponse(allocated)
  }
)
