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
import { SERIAL_INVENTORY_MODULE } from "../modules/serial-inventory"
import {
  createSerialNumbersWorkflow,
  transitionSerialNumbersWorkflow,
} from "../workflows/serial-numbers"
import { createSerialTemplatesWorkflow } from "../workflows/serial-templates"
import { setSerialTrackingPolicyWorkflow } from "../workflows/tracking-policies"

const DEMO_CHANNEL = "Serial demo store"

/**
 * Demo data for `npm run demo`: a region, sales channel, publishable key and
 * warehouse; two serialized products with templates and policies; ~50 units
 * in every status with their events. Runs once: a second run sees the demo
 * channel and only prints the publishable key.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: existing } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "publishable_api_keys.token"],
    filters: { name: DEMO_CHANNEL },
  })
  if (existing.length) {
    logger.info(
      `Demo data already present (publishable key ${existing[0].publishable_api_keys?.[0]?.token ?? "?"})`
    )
    return
  }

  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: DEMO_CHANNEL }] },
  })
  await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Europe", currency_code: "eur", countries: ["de", "fr", "nl"] },
      ],
    },
  })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        {
          title: "Serial demo storefront",
          type: "publishable",
          created_by: "",
        },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [channel.id] },
  })
  const {
    result: [warehouse],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Demo warehouse",
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

  const { result: templates } = await createSerialTemplatesWorkflow(
    container
  ).run({
    input: {
      templates: [
        {
          name: "Smartphones",
          warranty_months: 24,
          attributes: [
            {
              key: "colour",
              label: "Colour",
              type: "select",
              options: ["graphite", "silver"],
              required: true,
            },
            { key: "firmware", label: "Firmware", type: "text" },
            {
              key: "storage_gb",
              label: "Storage",
              type: "number",
              unit: "GB",
              required: true,
            },
          ],
        },
        {
          name: "Refurbished laptops",
          warranty_months: 12,
          condition_grades: ["A", "B", "C"],
          attributes: [
            {
              key: "grade",
              label: "Cosmetic grade",
              type: "select",
              options: ["A", "B", "C"],
              required: true,
            },
            {
              key: "battery_health",
              label: "Battery health",
              type: "number",
              unit: "%",
            },
            { key: "keyboard_layout", label: "Keyboard", type: "text" },
          ],
        },
      ],
    },
  })
  const [phoneTemplate, laptopTemplate] = templates

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Aurora Phone 12",
          status: "published",
          sales_channels: [{ id: channel.id }],
          options: [{ title: "Colour", values: ["Graphite", "Silver"] }],
          variants: ["Graphite", "Silver"].map((colour) => ({
            title: `Aurora Phone 12 ${colour}`,
            sku: `AUR12-${colour.toUpperCase()}`,
            manage_inventory: true,
            options: { Colour: colour },
            prices: [{ amount: 799, currency_code: "eur" }],
          })),
        },
        {
          title: "Refurbished ThinkBook 14",
          status: "published",
          sales_channels: [{ id: channel.id }],
          options: [{ title: "Grade", values: ["A", "B"] }],
          variants: ["A", "B"].map((grade) => ({
            title: `ThinkBook 14 grade ${grade}`,
            sku: `TB14-${grade}`,
            manage_inventory: true,
            options: { Grade: grade },
            prices: [
              { amount: grade === "A" ? 549 : 449, currency_code: "eur" },
            ],
          })),
        },
      ],
    },
  })

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: products.map((p) => p.id) },
  })
  const itemOf = (sku: string): string =>
    (variants.find((v: any) => v.sku === sku) as any).inventory_items[0]
      .inventory_item_id

  const plan = [
    {
      sku: "AUR12-GRAPHITE",
      template: phoneTemplate.id,
      prefix: "AUR12G",
      count: 15,
      attrs: (i: number) => ({
        colour: "graphite",
        storage_gb: i % 2 ? 128 : 256,
        firmware: "12.1.0",
      }),
    },
    {
      sku: "AUR12-SILVER",
      template: phoneTemplate.id,
      prefix: "AUR12S",
      count: 13,
      attrs: () => ({ colour: "silver", storage_gb: 128, firmware: "12.0.4" }),
    },
    {
      sku: "TB14-A",
      template: laptopTemplate.id,
      prefix: "TB14A",
      count: 12,
      attrs: (i: number) => ({
        grade: "A",
        battery_health: 90 + (i % 9),
        keyboard_layout: "US",
      }),
    },
    {
      sku: "TB14-B",
      template: laptopTemplate.id,
      prefix: "TB14B",
      count: 10,
      attrs: (i: number) => ({ grade: "B", battery_health: 75 + i }),
    },
  ]

  const created: { id: string; serial: string }[] = []
  for (const p of plan) {
    const inventory_item_id = itemOf(p.sku)
    await setSerialTrackingPolicyWorkflow(container).run({
      input: { inventory_item_id, mode: "full", template_id: p.template },
    })
    // Receiving the units creates the item's level at the warehouse with their count.
    const { result } = await createSerialNumbersWorkflow(container).run({
      input: {
        actor: { actor_type: "system", note: "demo seed" },
        serial_numbers: Array.from({ length: p.count }, (_, i) => ({
          serial: `${p.prefix}-${String(i + 1).padStart(5, "0")}`,
          inventory_item_id,
          stock_location_id: warehouse.id,
          bin_code: `A-${String((i % 6) + 1).padStart(2, "0")}`,
          lot: `LOT-2026-${(i % 3) + 1}`,
          supplier_reference: "PO-4711",
          condition_grade: p.sku.startsWith("TB14") ? p.sku.slice(-1) : "new",
          attributes: p.attrs(i),
        })),
      },
    })
    created.push(...result.map((u: any) => ({ id: u.id, serial: u.serial })))
  }

  // Walk some units through their lives so every status and event type shows.
  const ids = (from: number, to: number) =>
    created.slice(from, to).map((u) => u.id)
  const steps: [string, string[]][] = [
    ["reserve", ids(0, 6)],
    ["sell", ids(6, 18)],
    ["sell", ids(28, 34)],
    ["return", ids(6, 9)],
    ["restock", ids(6, 7)],
    ["mark_defective", ids(8, 9).concat(ids(40, 42))],
    ["return", ids(28, 30)],
  ]
  for (const [action, unitIds] of steps) {
    await transitionSerialNumbersWorkflow(container).run({
      input: {
        ids: unitIds,
        action: action as any,
        actor_type: "system",
        note: "demo seed",
      },
    })
  }

  const service: any = container.resolve(SERIAL_INVENTORY_MODULE)
  const counts = await service.countSerialNumbersByStatus({})
  logger.info(`Demo seeded: ${created.length} units ${JSON.stringify(counts)}`)
  logger.info(`Publishable key: ${key.token}`)
}
