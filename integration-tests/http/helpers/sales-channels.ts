import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  linkProductsToSalesChannelWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Fixtures } from "./fixtures"
import { setSerialTrackingPolicyWorkflow } from "../../../src/workflows/tracking-policies"

let keys = 0

/**
 * Scopes the fixtures' publishable key to a new sales channel holding the
 * fixtures' product (the warranty route shows units of products in the
 * key's channels only); returns the channel's id.
 */
export async function scopeFixturesToChannel(
  container: MedusaContainer,
  f: Fixtures
): Promise<string> {
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Fixtures channel" }] },
  })
  const channelId = result[0].id
  await linkProductsToSalesChannelWorkflow(container).run({
    input: { id: channelId, add: [f.productId] },
  })
  const token = f.storeHeaders.headers["x-publishable-api-key"]
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "api_key", fields: ["id"], filters: { token } })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: (data[0] as any).id, add: [channelId] },
  })
  return channelId
}

/** A publishable key scoped to `channelIds` (none: a key without a sales channel). */
export async function createPublishableKey(
  container: MedusaContainer,
  channelIds: string[]
): Promise<{ storeHeaders: { headers: Record<string, string> } }> {
  const { result } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: `key ${++keys}`, type: "publishable", created_by: "test" },
      ],
    },
  })
  if (channelIds.length) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: result[0].id, add: channelIds },
    })
  }
  return {
    storeHeaders: { headers: { "x-publishable-api-key": result[0].token } },
  }
}

/**
 * A published one-variant product (`<title> One`) in a sales channel of its
 * own, its inventory item tracked `full` with the template.
 */
export async function createProductInNewChannel(
  container: MedusaContainer,
  { title, sku, templateId }: { title: string; sku: string; templateId: string }
): Promise<{ inventoryItemId: string; channelId: string }> {
  const { result: channels } = await createSalesChannelsWorkflow(container).run(
    { input: { salesChannelsData: [{ name: `${title} channel` }] } }
  )
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title,
          status: "published",
          sales_channels: [{ id: channels[0].id }],
          options: [{ title: "Model", values: ["One"] }],
          variants: [
            {
              title: `${title} One`,
              sku,
              manage_inventory: true,
              options: { Model: "One" },
              prices: [{ amount: 300, currency_code: "usd" }],
            },
          ],
        },
      ],
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { product_id: products[0].id },
  })
  const inventoryItemId = (data[0] as any).inventory_items[0].inventory_item_id
  await setSerialTrackingPolicyWorkflow(container).run({
    input: {
      inventory_item_id: inventoryItemId,
      mode: "full",
      template_id: templateId,
    },
  })
  return { inventoryItemId, channelId: channels[0].id }
}
