import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  describeReconciliation,
  reconcileOrderSerialAllocationsWorkflow,
} from "../workflows/order-allocation"

/**
 * When a claim or exchange is confirmed (Medusa emits `*_created` then, after
 * reserving the new outbound items), its new lines get units. Items coming
 * back are the returns flow's business.
 */
export default async function orderClaimExchangeCreatedReconcileSerialNumbers({
  event,
  container,
}: SubscriberArgs<{ order_id: string }>) {
  const orderId = event.data.order_id
  const reason = event.name === "order.claim_created" ? "claim" : "exchange"
  const { result } = await reconcileOrderSerialAllocationsWorkflow(
    container
  ).run({ input: { order_id: orderId, reason } })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  describeReconciliation(orderId, result).forEach((line) => logger.warn(line))
}

export const config: SubscriberConfig = {
  event: ["order.claim_created", "order.exchange_created"],
  context: { subscriberId: "serial-inventory-reconcile-claim-exchange" },
}
