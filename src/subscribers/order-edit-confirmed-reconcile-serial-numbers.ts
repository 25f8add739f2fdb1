import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  describeReconciliation,
  reconcileOrderSerialAllocationsWorkflow,
} from "../workflows/order-allocation"

/**
 * When an order edit is confirmed (Medusa has replaced the reservations of
 * the lines it changed), removed lines and lowered quantities give their
 * extra units back and new or raised lines get units.
 */
export default async function orderEditConfirmedReconcileSerialNumbers({
  event,
  container,
}: SubscriberArgs<{ order_id: string }>) {
  const orderId = event.data.order_id
  const { result } = await reconcileOrderSerialAllocationsWorkflow(
    container
  ).run({ input: { order_id: orderId, reason: "order edit" } })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  describeReconciliation(orderId, result).forEach((line) => logger.warn(line))
}

export const config: SubscriberConfig = {
  event: "order-edit.confirmed",
  context: { subscriberId: "serial-inventory-reconcile-order-edit" },
}
