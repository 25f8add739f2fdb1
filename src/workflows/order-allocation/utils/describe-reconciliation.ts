import type { OrderLineAllocation } from "../steps/allocate-order-serial-numbers"
import type { HeldLineUnits } from "./plan-serial-reconciliation"

/**
 * Log lines for what a reconciliation could not settle: picked units left
 * on lines that are gone (they belong to a fulfillment, which must be
 * canceled to free them), and lines still short of units. Empty when all
 * is in order.
 */
export function describeReconciliation(
  orderId: string,
  result: { held: HeldLineUnits[]; allocated: OrderLineAllocation[] }
): string[] {
  const held = result.held.map(
    (h) =>
      `serial_inventory: order ${orderId} line ${h.line_item_id} is gone but keeps ${h.picked} picked unit(s) of ${h.inventory_item_id}; cancel the fulfillment to release them`
  )
  const short = result.allocated
    .filter((l) => l.missing > 0)
    .map(
      (l) =>
        `serial_inventory: order ${orderId} line ${l.line_item_id} lacks ${l.missing} unit(s) of ${l.inventory_item_id}`
    )
  return [...held, ...short]
}
