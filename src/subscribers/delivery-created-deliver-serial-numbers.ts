import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { deliverFulfillmentSerialNumbersWorkflow } from "../workflows/order-fulfillment"

/** A delivered fulfillment's units get their `delivered` event and stage. */
export default async function deliveryCreatedDeliverSerialNumbers({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await deliverFulfillmentSerialNumbersWorkflow(container).run({
    input: { fulfillment_id: event.data.id },
  })
}

export const config: SubscriberConfig = {
  event: "delivery.created",
  context: { subscriberId: "serial-inventory-deliver-fulfillment" },
}
