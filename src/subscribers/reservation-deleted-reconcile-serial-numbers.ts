import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  describeReconciliation,
  reconcileOrderSerialAllocationsWorkflow,
} from "../workflows/order-allocation"

/**
 * When Medusa deletes an order's reservation (the only event a canceled
 * claim or exchange emits, which removes its new lines; also sent by order
 * edits, full fulfillments and order cancels, where the run finds nothing
 * more to do), the order's units are reconciled with its lines.
 * Reservations deleted outside an order flow carry no `order_id` and are
 * ignored.
 */
export default async function reservationDeletedReconcileSerialNumbers({
  event,
  container,
}: SubscriberArgs<{ id: string; order_id?: string }>) {
  const orderId = event.data.order_id
  if (!orderId) {
    return
  }
  const { result } = await reconcileOrderSerialAllocationsWorkflow(
    container
  ).run({ input: { order_id: orderId } })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  describeReconciliation(orderId, result).forEach((line) => logger.warn(line))
}

export const config: SubscriberConfig = {
  event: "reservation-item.deleted",
  context: { subscriberId: "serial-inventory-reconcile-deleted-reservation" },
}
