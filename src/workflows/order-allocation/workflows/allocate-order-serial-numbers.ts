import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SerialNumberEvents } from "../../../types/events"
import {
  allocateOrderSerialNumbersStep,
  requireSerialAllocationOrdersStep,
} from "../steps"

export const allocateOrderSerialNumbersWorkflowId =
  "allocate-order-serial-numbers"

export interface AllocateOrderSerialNumbersInput {
  /** One placed order ... */
  order_id?: string
  /** ... or several, allocated together in one transaction (the subscriber batches). */
  order_ids?: string[]
}

/**
 * Allocates specific units to placed orders: reads the orders' lines and
 * Medusa's reservations for them, and gives each reserved line of a `full`
 * item `quantity` units at the reservation's location, chosen by the item's
 * strategy. A line that cannot be covered stays visibly short (`missing`),
 * never on a unit another line holds. Emits one `serial_number.allocated`
 * per order. Run by the `order.placed` subscriber, which batches the orders
 * placed at the same moment into one run (two reads and one set-based
 * transaction for all of them); safe to run again (a covered line takes
 * nothing more).
 */
export const allocateOrderSerialNumbersWorkflow = createWorkflow(
  allocateOrderSerialNumbersWorkflowId,
  (input: AllocateOrderSerialNumbersInput) => {
    const orderIds = transform({ input }, ({ input }) => [
      ...new Set([
        ...(input.order_id ? [input.order_id] : []),
        ...(input.order_ids ?? []),
      ]),
    ])
    requireSerialAllocationOrdersStep(orderIds)
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "items.id"],
      filters: { id: orderIds },
    }).config({ name: "get-order-for-serial-allocation" })
    const orderOfLine = transform({ orders }, ({ orders }) =>
      Object.fromEntries(
        (orders as any[]).flatMap((order) =>
          (order.items ?? []).map((item: any) => [item.id, order.id])
        )
      )
    )
    const lineIds = transform({ orderOfLine }, ({ orderOfLine }) =>
      Object.keys(orderOfLine)
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
      { orderOfLine, reservations },
      ({ orderOfLine, reservations }) =>
        (reservations as any[])
          .filter((r) => r.line_item_id && r.location_id)
          .map((r) => ({
            order_id: orderOfLine[r.line_item_id] as string,
            line_item_id: r.line_item_id as string,
            inventory_item_id: r.inventory_item_id as string,
            stock_location_id: r.location_id as string,
            quantity: Number(r.quantity),
          }))
    )
    const allocated = allocateOrderSerialNumbersStep({ lines })
    const eventData = transform(
      { orders, allocated },
      ({ orders, allocated }) =>
        (orders as any[]).map((order) => ({
          order_id: order.id as string,
          ids: allocated
            .filter((l) => l.order_id === order.id)
            .flatMap((l) => l.allocated),
        }))
    )
    emitEventStep({ eventName: SerialNumberEvents.ALLOCATED, data: eventData })
    return new WorkflowResponse(allocated)
  }
)
