import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkReturnSerialVerificationWorkflow } from "../workflows/order-returns"

/**
 * A return received in Medusa's own screens carries no serials: mark it
 * awaiting serial verification (the return's
 * `metadata.serial_verification`) until `POST /admin/returns/:id/serial-numbers`
 * records them.
 */
export default async function returnReceivedCheckSerialNumbers({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  const { result } = await checkReturnSerialVerificationWorkflow(container).run(
    { input: { return_id: event.data.return_id } }
  )
  if (result?.status === "awaiting") {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `serial_inventory: return ${event.data.return_id} of order ${event.data.order_id} awaits serial verification (${result.recorded} of ${result.expected} serials recorded)`
      )
  }
}

export const config: SubscriberConfig = {
  event: "order.return_received",
  context: { subscriberId: "serial-inventory-return-received" },
}
