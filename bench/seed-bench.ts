// Seed for `npm run bench` (run with `medusa exec ./bench/seed-bench.ts` on a fresh database):
// API keys, a sales channel, two regions, a warehouse, one serialized product with a template
// and tracking policy, plus LOOKUP_UNITS units for warranty lookups (80% sold, so with an
// active warranty; 20% in stock). Writes ids, tokens and those serials as JSON to BENCH_SEED_OUT.

import fs from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createSerialNumbersWorkflow,
  createSerialTemplatesWorkflow,
  setSerialTrackingPolicyWorkflow,
  transitionSerialNumbersWorkflow,
} from "../src/workflows"

const LOOKUP_UNITS = Number(process.env.BENCH_LOOKUP_UNITS || 1000)
const SOLD_SHARE = 0.8

export default async function seedBench({ container }: ExecArgs) {
  const out = process.env.BENCH_SEED_OUT
  if (!out) throw new Error("BENCH_SEED_OUT is not set")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Bench store" }] },
  })
  await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Europe",
          currency_code: "eur",
          countries: ["de", "fr", "nl", "be", "at"],
        },
        {
          name: "North America",
          currency_code: "usd",
          countries: ["us", "ca"],
        },
      ],
    },
  })
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: "Bench storefront", type: "publishable", created_by: "" },
        { title: "Bench admin", type: "secret", created_by: "" },
      ],
    },
  })
  const publishable = keys.find((k: any) => k.type === "publishable")!
  const secret = keys.find((k: any) => k.type === "secret")!
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: publishable.id, add: [channel.id] },
  })

  const {
    result: [warehouse],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Bench warehouse",
          address: {
            address_1: "Dock 1",
            city: "Rotterdam",
            country_code: "nl",
          },
        },
      ],
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: warehouse.id, add: [channel.id] },
  })

  const {
    result: [template],
  } = await createSerialTemplatesWorkflow(container).run({
    input: {
      templates: [
        {
          name: "Bench phones",
          warranty_months: 24,
          attributes: [
            {
              key: "colour",
              label: "Colour",
              type: "select",
              options: ["graphite", "silver"],
              required: true,
            },
            {
              key: "storage_gb",
              label: "Storage",
              type: "number",
              required: true,
            },
          ],
        } as any,
      ],
    },
  })

  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Bench Phone 12",
          status: "published",
          sales_channels: [{ id: channel.id }],
          options: [{ title: "Colour", values: ["Graphite", "Silver"] }],
          variants: ["Graphite", "Silver"].map((colour) => ({
            title: `Bench Phone 12 ${colour}`,
            sku: `BENCH12-${colour.toUpperCase()}`,
            manage_inventory: true,
            options: { Colour: colour },
            prices: [{ amount: 799, currency_code: "eur" }],
          })),
        },
      ],
    },
  })
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { product_id: product.id },
  })
  const itemOf = (sku: string): string =>
    (variants.find((v: any) => v.sku === sku) as any).inventory_items[0]
      .inventory_item_id
  const inventoryItemId = itemOf("BENCH12-GRAPHITE")
  // A second item with one sold unit that no other measure looks up, so the
  // statement count can see a lookup whose product titles are not cached yet.
  const coldItemId = itemOf("BENCH12-SILVER")
  await setSerialTrackingPolicyWorkflow(container).run({
    input: {
      inventory_item_id: coldItemId,
      mode: "full",
      warranty_months: 12,
    } as any,
  })
  const { result: coldUnits } = await createSerialNumbersWorkflow(
    container
  ).run({
    input: {
      serial_numbers: [
        { serial: "BW-COLD-000001", inventory_item_id: coldItemId },
      ],
    },
  })
  await transitionSerialNumbersWorkflow(container).run({
    input: {
      ids: coldUnits.map((u: any) => u.id),
      action: "sell",
      actor_type: "system",
    } as any,
  })

  await setSerialTrackingPolicyWorkflow(container).run({
    input: {
      inventory_item_id: inventoryItemId,
      mode: "full",
      template_id: template.id,
    } as any,
  })

  const serials = Array.from(
    { length: LOOKUP_UNITS },
    (_, i) => `BW-${String(i + 1).padStart(6, "0")}`
  )
  const { result: units } = await createSerialNumbersWorkflow(container).run({
    input: {
      actor: { actor_type: "system", note: "bench seed" },
      serial_numbers: serials.map((serial, i) => ({
        serial,
        inventory_item_id: inventoryItemId,
        stock_location_id: warehouse.id,
        attributes: {
          colour: i % 2 ? "silver" : "graphite",
          storage_gb: i % 3 ? 128 : 256,
        },
      })),
    },
  })
  const soldCount = Math.round(units.length * SOLD_SHARE)
  await transitionSerialNumbersWorkflow(container).run({
    input: {
      ids: units.slice(0, soldCount).map((u: any) => u.id),
      action: "sell",
      actor_type: "system",
      note: "bench seed",
    } as any,
  })

  const seed = {
    publishable_key: publishable.token,
    secret_key: secret.token,
    sales_channel_id: channel.id,
    stock_location_id: warehouse.id,
    template_id: template.id,
    product_id: product.id,
    inventory_item_id: inventoryItemId,
    sold_serials: units.slice(0, soldCount).map((u: any) => u.serial),
    in_stock_serials: units.slice(soldCount).map((u: any) => u.serial),
    cold_serial: "BW-COLD-000001",
  }
  fs.writeFileSync(out, JSON.stringify(seed, null, 2))
}
