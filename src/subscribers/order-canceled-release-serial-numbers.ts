import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseOrderSerialNumbersWorkflow } from "../workflows/order-allocation"

/**
 * When an order is canceled (Medusa requires its fulfillments canceled
 * first, and deletes its reservations), its unshipped units go back to
 * stock.
 */
export default async function orderCanceledReleaseSerialNumbers({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await releaseOrderSerialNumbersWorkflow(container).run({
    input: { order_id: event.data.id, note: "order canceled" },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "serial-inventory-release-canceled-order" },
}
