import type { MedusaContainer } from "@medusajs/framework/types"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { createSerialNumbersWorkflow } from "../../../src/workflows/serial-numbers"
import { createSerialTemplatesWorkflow } from "../../../src/workflows/serial-templates"
import { setSerialTrackingPolicyWorkflow } from "../../../src/workflows/tracking-policies"
import { storefrontKit } from "./storefront"

export type SellingStore = Awaited<ReturnType<typeof createSellingStore>>

/**
 * A store that sells through Medusa's real checkout: a location shipping with
 * the manual provider, a region, a channel and publishable key, and three
 * products: a phone under `full` tracking (fifo, 24-month template), a
 * cable nobody tracks, and a tag under `outbound` tracking (captured at pick).
 */
export async function createSellingStore(api: any, container: MedusaContainer) {
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [{ title: "order flow", type: "secret", created_by: "test" }],
    },
  })
  const adminHeaders = {
    headers: {
      authorization: `Basic ${Buffer.from(`${keys[0].token}:`).toString("base64")}`,
    },
  }
  const kit = storefrontKit(api, adminHeaders)
  const store = await kit.setUpSellingStore()
  const [phone, cable, tag] = await kit.createProducts(store, [
    { title: "Phone", sku: "PHONE", stockedQuantity: 50 },
    { title: "Cable", sku: "CABLE", stockedQuantity: 50 },
    { title: "Tag", sku: "TAG", stockedQuantity: 50 },
  ])
  const { result: templates } = await createSerialTemplatesWorkflow(
    container
  ).run({
    input: { templates: [{ name: "Phones", warranty_months: 24 }] },
  })
  const templateId = templates[0].id
  for (const [item, mode] of [
    [phone.inventoryItemId, "full"],
    [tag.inventoryItemId, "outbound"],
  ] as const) {
    await setSerialTrackingPolicyWorkflow(container).run({
      input: { inventory_item_id: item, mode, template_id: templateId },
    })
  }

  /** Units of an item (the phone by default) at the store's location, oldest first. */
  const receive = async (
    serials: string[],
    inventoryItemId: string = phone.inventoryItemId!
  ) => {
    const { result } = await createSerialNumbersWorkflow(container).run({
      input: {
        serial_numbers: serials.map((serial, i) => ({
          serial,
          inventory_item_id: inventoryItemId,
          stock_location_id: store.locationId,
          received_at: `2026-01-${String(i + 1).padStart(2, "0")}`,
        })),
      },
    })
    return result
  }

  return { kit, store, adminHeaders, phone, cable, tag, templateId, receive }
}
