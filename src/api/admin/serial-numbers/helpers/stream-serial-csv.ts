import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify"
import { once } from "events"
import type { Writable } from "stream"
import { pipeline } from "stream/promises"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type {
  SerialNumberFilters,
  SerialNumberPageCursor,
} from "../../../../modules/serial-inventory/sql"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import {
  ExportedItem,
  serialCsvHeader,
  serialCsvRecord,
} from "./serial-csv-record"

/** Units read per statement while exporting. */
export const EXPORT_PAGE_SIZE = 1000

/** Every attribute key the templates define, in template then definition order. */
async function attributeKeys(service: SerialInventoryModuleService) {
  const templates = await service.listSerialTemplates(
    {},
    { select: ["id", "attributes"], order: { created_at: "ASC" }, take: null }
  )
  const keys = templates.flatMap((t) => (t.attributes ?? []).map((a) => a.key))
  return [...new Set(keys)]
}

/** SKU, first variant and its product of each item not read yet (one query). */
async function readItems(
  query: any,
  ids: string[],
  into: Map<string, ExportedItem>
) {
  const missing = [...new Set(ids)].filter((id) => !into.has(id))
  if (!missing.length) return
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "variants.title", "variants.product.title"],
    filters: { id: missing },
  })
  for (const item of data) {
    const variant = item.variants?.[0]
    into.set(item.id, {
      sku: item.sku ?? null,
      variant: variant?.title ?? null,
      product: variant?.product?.title ?? null,
    })
  }
}

/**
 * Writes the units the filters match to `out` as CSV (UTF-8 with a
 * byte-order mark, header first, spreadsheet formulas escaped with `'`),
 * 1,000 units a statement in serial order, waiting whenever `out` is
 * full: memory stays flat whatever the count. Stops early when `out` is
 * destroyed (the client went away); a failure after the first byte
 * destroys `out` (the client sees a cut-off file) and is rethrown.
 */
export async function streamSerialCsv(
  container: MedusaContainer,
  filters: SerialNumberFilters,
  out: Writable
): Promise<void> {
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const keys = await attributeKeys(service)
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name"],
  })
  const locationNames = new Map(locations.map((l: any) => [l.id, l.name]))
  const items = new Map<string, ExportedItem>()
  const csv = stringify({
    bom: true,
    header: true,
    columns: serialCsvHeader(keys),
    escape_formulas: true,
    // csv-stringify writes booleans as 1 / empty by default.
    cast: { boolean: (value) => String(value) },
    record_delimiter: "windows",
  })
  // Settles when `out` has everything, or fails when `out` goes away first.
  const piped = pipeline(csv, out)
  piped.catch(() => undefined)
  let after: SerialNumberPageCursor | null = null
  try {
    while (!out.destroyed) {
      const units = await service.listSerialNumberPage(filters, {
        after,
        limit: EXPORT_PAGE_SIZE,
      })
      await readItems(
        query,
        units.map((u) => u.inventory_item_id),
        items
      )
      for (const unit of units) {
        const record = serialCsvRecord(
          unit,
          items.get(unit.inventory_item_id),
          unit.stock_location_id
            ? locationNames.get(unit.stock_location_id)
            : null,
          keys
        )
        if (!csv.write(record)) {
          // Full: wait until `out` drains, or stop if the client went away.
          await Promise.race([once(csv, "drain"), once(csv, "close")])
          if (csv.destroyed) return
        }
      }
      if (units.length < EXPORT_PAGE_SIZE) break
      const last = units[units.length - 1]
      after = { normalized_serial: last.normalized_serial, id: last.id }
    }
  } catch (error) {
    // Headers are sent: the client can only see a cut-off file.
    csv.destroy(error as Error)
    throw error
  }
  csv.end()
  await piped
}
