import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { allocatePlacedOrder } from "../workflows/order-allocation"

/**
 * When an order is placed, allocates specific units to its lines of `full`
 * items (an event, not a core hook: no other plugin is crowded out). Orders
 * placed at the same moment are allocated together (`allocatePlacedOrder`).
 * Lines it cannot cover are logged; they stay visibly short on the order.
 */
export default async function orderPlacedAllocateSerialNumbers({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const result = await allocatePlacedOrder(container, event.data.id)
  const short = result.filter((line) => line.missing > 0)
  if (short.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `serial_inventory: order ${event.data.id} placed with ${short.length} line(s) short of units: ` +
          short
            .map(
              (l) =>
                `${l.line_item_id} lacks ${l.missing} of ${l.inventory_item_id}`
            )
            .join("; ")
      )
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "serial-inventory-allocate-order" },
}
