import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { hookDisabled } from "../utils"
import { unpickFulfillmentSerialNumbersWorkflow } from "../order-fulfillment/workflows"

/**
 * A canceled fulfillment (Medusa refuses to cancel a shipped one) gives its
 * picked units back to their lines, stage `allocated`. Registered on
 * `cancelOrderFulfillmentWorkflow.hooks.orderFulfillmentCanceled`.
 */
export async function unpickSerialNumbersOnFulfillmentCanceled(
  { fulfillment }: { fulfillment: any },
  { container }: { container: any }
) {
  const { result } = await unpickFulfillmentSerialNumbersWorkflow(
    container
  ).run({ input: { fulfillment_id: fulfillment.id } })
  return new StepResponse(result)
}

if (!hookDisabled("cancelOrderFulfillmentWorkflow.orderFulfillmentCanceled")) {
  cancelOrderFulfillmentWorkflow.hooks.orderFulfillmentCanceled(
    unpickSerialNumbersOnFulfillmentCanceled
  )
}
