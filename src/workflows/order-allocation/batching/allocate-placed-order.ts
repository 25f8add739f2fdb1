import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createMicroBatcher,
  type MicroBatcher,
} from "../../utils/micro-batcher"
import type { OrderLineAllocation } from "../steps/allocate-order-serial-numbers"
import { allocateOrderSerialNumbersWorkflow } from "../workflows/allocate-order-serial-numbers"

/** At most this many orders per run. */
const MAX_ORDERS = 50
/** Runs at once per process; orders placed meanwhile wait and form the next batch. */
const MAX_RUNS_IN_FLIGHT = 2

const batchers = new WeakMap<
  MedusaContainer,
  MicroBatcher<string, OrderLineAllocation[]>
>()

/**
 * Allocates units to a placed order (what the `order.placed` subscriber
 * does), batched: an order runs at once when a run slot is free; orders
 * placed while both slots are busy go together through the next
 * `allocateOrderSerialNumbersWorkflow` run, i.e. two reads and one
 * set-based transaction for all of them, which is what keeps a hot item's
 * checkouts fast. A failing batch is retried order by order, so one
 * order cannot fail another's allocation. Resolves this order's lines.
 */
export function allocatePlacedOrder(
  container: MedusaContainer,
  orderId: string
): Promise<OrderLineAllocation[]> {
  let batcher = batchers.get(container)
  if (!batcher) {
    batcher = createMicroBatcher(
      async (orderIds: string[]) => {
        const { result } = await allocateOrderSerialNumbersWorkflow(
          container
        ).run({ input: { order_ids: orderIds } })
        return orderIds.map((id) => result.filter((l) => l.order_id === id))
      },
      { maxSize: MAX_ORDERS, maxInFlight: MAX_RUNS_IN_FLIGHT }
    )
    batchers.set(container, batcher)
  }
  return batcher.add(orderId)
}
