import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type { TemplateAttributeDefinition } from "../../../types/template-attribute"
import type { SerialCsvRecord } from "./read-serial-csv"

interface Named {
  id: string
  name: string
}

const nameKey = (name: string) => name.trim().toLowerCase()

/**
 * What an import's rows refer to, read once and cached across chunks: every
 * stock location (by id and by name, case-insensitive) and serial template,
 * and the inventory items (by id and SKU) and tracking policies of the rows
 * seen so far (one query per kind per chunk, for the items not seen before).
 */
export class SerialImportLookups {
  private locationsById = new Map<string, Named>()
  private locationsByName = new Map<string, Named[]>()
  private itemSkus = new Map<string, string | null>()
  private itemsBySku = new Map<string, string>()
  private askedIds = new Set<string>()
  private askedSkus = new Set<string>()
  private templates = new Map<string, TemplateAttributeDefinition[]>()
  private templateOfItem = new Map<string, string | null>()

  constructor(private container: MedusaContainer) {}

  private get service(): SerialInventoryModuleService {
    return this.container.resolve(SERIAL_INVENTORY_MODULE)
  }

  /** Reads the locations and templates (call once, before the first chunk). */
  async init(): Promise<this> {
    const query = this.container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: locations } = await query.graph({
      entity: "stock_location",
      fields: ["id", "name"],
    })
    for (const location of locations as Named[]) {
      this.locationsById.set(location.id, location)
      const key = nameKey(location.name ?? "")
      this.locationsByName.set(key, [
        ...(this.locationsByName.get(key) ?? []),
        location,
      ])
    }
    const templates = await this.service.listSerialTemplates(
      {},
      { select: ["id", "attributes"], take: null }
    )
    for (const t of templates) {
      this.templates.set(t.id, (t.attributes ?? []) as any)
    }
    return this
  }

  /** Every attribute key some template defines (the `attr:<key>` columns an import accepts). */
  attributeKeys(): Set<string> {
    return new Set(
      [...this.templates.values()].flatMap((defs) => defs.map((d) => d.key))
    )
  }

  /** Reads the items and policies a chunk names that were not read before. */
  async load(records: SerialCsvRecord[]): Promise<void> {
    const ids = new Set<string>()
    const skus = new Set<string>()
    for (const { cells } of records) {
      const id = cells.inventory_item_id?.trim()
      const sku = cells.sku?.trim()
      if (id && !this.askedIds.has(id)) ids.add(id)
      if (sku && !this.askedSkus.has(sku)) skus.add(sku)
    }
    ids.forEach((id) => this.askedIds.add(id))
    skus.forEach((sku) => this.askedSkus.add(sku))
    if (!ids.size && !skus.size) {
      return
    }
    const query = this.container.resolve(ContainerRegistrationKeys.QUERY)
    const found: { id: string; sku: string | null }[] = []
    for (const [field, values] of [
      ["id", ids],
      ["sku", skus],
    ] as const) {
      if (values.size) {
        const { data } = await query.graph({
          entity: "inventory_item",
          fields: ["id", "sku"],
          filters: { [field]: [...values] },
        })
        found.push(...data)
      }
    }
    const newIds = found.map((i) => i.id).filter((id) => !this.itemSkus.has(id))
    for (const item of found) {
      this.itemSkus.set(item.id, item.sku)
      if (item.sku) this.itemsBySku.set(item.sku, item.id)
    }
    if (newIds.length) {
      const policies = await this.service.listSerialTrackingPolicies(
        { inventory_item_id: newIds },
        { select: ["inventory_item_id", "template_id"], take: null }
      )
      for (const p of policies) {
        this.templateOfItem.set(p.inventory_item_id, p.template_id ?? null)
      }
    }
  }

  /** Whether this inventory item exists. */
  hasItem(id: string): boolean {
    return this.itemSkus.has(id)
  }

  /** The inventory item with this SKU, if any. */
  itemBySku(sku: string): string | undefined {
    return this.itemsBySku.get(sku)
  }

  /** The SKU of a known item. */
  skuOf(id: string): string | null | undefined {
    return this.itemSkus.get(id)
  }

  /** The attribute definitions of the template the item's policy names (null without one). */
  attributesOfItem(id: string): TemplateAttributeDefinition[] | null {
    const templateId = this.templateOfItem.get(id)
    return templateId ? (this.templates.get(templateId) ?? null) : null
  }

  hasLocation(id: string): boolean {
    return this.locationsById.has(id)
  }

  /** The locations with this name (case-insensitive, trimmed). */
  locationsNamed(name: string): Named[] {
    return this.locationsByName.get(nameKey(name)) ?? []
  }
}
