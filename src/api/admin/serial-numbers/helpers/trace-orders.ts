import type {
  AdminSerialTraceDisposition,
  AdminSerialTraceOrder,
} from "../../../../types/http"
import type {
  SerialAllocationDTO,
  SerialEventDTO,
} from "../../../../types/serial-records"

const DISPOSITIONS: Record<string, AdminSerialTraceDisposition> = {
  restocked: "restock",
  marked_defective: "defective",
}

/** What the order module says of an order the unit was on. */
export interface TraceOrderInfo {
  display_id: number | null
  customer_id: string | null
  email: string | null
  items: Map<string, string | null>
}

const time = (d: unknown) => (d ? new Date(d as string).getTime() : NaN)

/**
 * What became of the unit after it came back on this return: the first
 * restock or defective event after its `returned` event, unless the unit
 * was allocated to another order first. Null while undecided.
 */
function dispositionAfter(
  returnId: string,
  events: SerialEventDTO[]
): AdminSerialTraceDisposition | null {
  const start = events.findIndex(
    (e) => e.type === "returned" && e.return_id === returnId
  )
  if (start < 0) {
    return null
  }
  for (const e of events.slice(start + 1)) {
    if (DISPOSITIONS[e.type]) {
      return DISPOSITIONS[e.type]
    }
    if (e.type === "allocated" || e.type === "returned") {
      return null
    }
  }
  return null
}

/**
 * The order lines a unit was on, oldest allocation first, with each order's
 * customer and email, the return's disposition, and whether the unit had
 * already shipped on an earlier order (a resale). Pure: the caller reads
 * the rows.
 */
export function traceOrders(
  allocations: SerialAllocationDTO[],
  events: SerialEventDTO[],
  orders: Map<string, TraceOrderInfo>
): AdminSerialTraceOrder[] {
  const shippedTimes = allocations
    .map((a) => time(a.shipped_at))
    .filter((t) => !Number.isNaN(t))
  return allocations.map((a) => {
    const order = orders.get(a.order_id)
    const shippedAt = time(a.shipped_at)
    return {
      allocation_id: a.id,
      order_id: a.order_id,
      display_id: order?.display_id ?? null,
      customer_id: order?.customer_id ?? null,
      email: order?.email ?? null,
      line_item_id: a.line_item_id,
      line_item_title: order?.items.get(a.line_item_id) ?? null,
      fulfillment_id: a.fulfillment_id,
      return_id: a.return_id,
      stage: a.stage,
      allocated_at: a.allocated_at,
      picked_at: a.picked_at,
      shipped_at: a.shipped_at,
      delivered_at: a.delivered_at,
      returned_at: a.returned_at,
      released_at: a.released_at,
      disposition: a.return_id ? dispositionAfter(a.return_id, events) : null,
      resale:
        !Number.isNaN(shippedAt) && shippedTimes.some((t) => t < shippedAt),
    }
  })
}
