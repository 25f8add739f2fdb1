import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { SERIAL_INVENTORY_MODULE } from "../../../src/modules/serial-inventory"
import { setSerialTrackingPolicyWorkflow } from "../../../src/workflows/tracking-policies"
import { createSerialTemplatesWorkflow } from "../../../src/workflows/serial-templates"

export interface Fixtures {
  adminHeaders: { headers: Record<string, string> }
  storeHeaders: { headers: Record<string, string> }
  inventoryItemId: string
  otherInventoryItemId: string
  untrackedInventoryItemId: string
  variantId: string
  productId: string
  locationId: string
  templateId: string
}

/** Secret and publishable keys, a phone product whose two variants each have an inventory item, a location, a template and policies. */
export async function createFixtures(
  container: MedusaContainer
): Promise<Fixtures> {
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: "test admin", type: "secret", created_by: "test" },
        { title: "test store", type: "publishable", created_by: "test" },
      ],
    },
  })
  const secret = keys.find((k) => k.type === "secret")!
  const publishable = keys.find((k) => k.type === "publishable")!
  const { result: locations } = await createStockLocationsWorkflow(
    container
  ).run({
    input: { locations: [{ name: "Main warehouse" }] },
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Phone X",
          status: "published",
          options: [{ title: "Colour", values: ["Black", "Silver", "Gold"] }],
          variants: ["Black", "Silver", "Gold"].map((c) => ({
            title: `Phone X ${c}`,
            sku: `PHX-${c.toUpperCase()}`,
            manage_inventory: true,
            options: { Colour: c },
            prices: [{ amount: 500, currency_code: "usd" }],
          })),
        },
      ],
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { product_id: products[0].id },
  })
  const item = (sku: string) =>
    variants.find((v: any) => v.sku === sku)!.inventory_items[0]
      .inventory_item_id
  const black = variants.find((v: any) => v.sku === "PHX-BLACK")!
  const { result: templates } = await createSerialTemplatesWorkflow(
    container
  ).run({
    input: {
      templates: [
        {
          name: "Phones",
          warranty_months: 24,
          attributes: [
            {
              key: "colour",
              type: "select",
              options: ["black", "silver", "gold"],
              required: true,
            },
            { key: "firmware", type: "text" },
            { key: "battery_health", type: "number", unit: "%" },
          ],
        },
      ],
    },
  })
  const fixtures: Fixtures = {
    adminHeaders: {
      headers: {
        authorization: `Basic ${Buffer.from(`${secret.token}:`).toString("base64")}`,
      },
    },
    storeHeaders: { headers: { "x-publishable-api-key": publishable.token } },
    inventoryItemId: item("PHX-BLACK"),
    otherInventoryItemId: item("PHX-SILVER"),
    untrackedInventoryItemId: item("PHX-GOLD"),
    variantId: black.id,
    productId: products[0].id,
    locationId: locations[0].id,
    templateId: templates[0].id,
  }
  for (const id of [fixtures.inventoryItemId, fixtures.otherInventoryItemId]) {
    await setSerialTrackingPolicyWorkflow(container).run({
      input: {
        inventory_item_id: id,
        mode: "full",
        template_id: fixtures.templateId,
      },
    })
  }
  return fixtures
}

/** A row for `POST /admin/serial-numbers`: a black phone unit (the template requires a colour). */
export const blackPhoneUnit =
  (f: Fixtures) =>
  (serial: unknown, extra: Record<string, unknown> = {}) => ({
    serial,
    inventory_item_id: f.inventoryItemId,
    attributes: { colour: "black" },
    ...extra,
  })

/** Raw SQL on the test database, for asserting what was written. */
export async function sql<T = any>(
  container: MedusaContainer,
  text: string,
  bindings: unknown[] = []
): Promise<T[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const result = await pg.raw(text, bindings)
  return result.rows
}

export const serialModule = (container: MedusaContainer) =>
  container.resolve(SERIAL_INVENTORY_MODULE) as any
export { Modules }
