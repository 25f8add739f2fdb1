import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify"
import { once } from "events"
import type { Writable } from "stream"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import type {
  SerialRecallCustomerRow,
  SerialRecallSelector,
} from "../../../../types/serial-recall"

type Source = { recall_id: string } | { selector: SerialRecallSelector }

/** Orders read per page while exporting. */
export const CUSTOMER_PAGE_SIZE = 1000

/**
 * The customers a recall reaches, paged: each order its shipped units are
 * out on, with Medusa's display id and email (one `query.graph` for the
 * page's orders), ship date, unit count and first serials.
 */
export async function recallCustomers(
  container: MedusaContainer,
  source: Source,
  page: { limit: number; offset: number }
): Promise<{ customers: SerialRecallCustomerRow[]; count: number }> {
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const { rows, count } = await service.listSerialRecallRecipients(source, page)
  if (!rows.length) {
    return { customers: [], count }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email"],
    filters: { id: rows.map((r) => r.order_id) },
  })
  const byId = new Map<string, any>(orders.map((o: any) => [o.id, o]))
  return {
    customers: rows.map((r) => ({
      order_id: r.order_id,
      display_id: byId.get(r.order_id)?.display_id ?? null,
      email: byId.get(r.order_id)?.email ?? null,
      shipped_at: r.shipped_at,
      unit_count: r.unit_count,
      serials: r.serials,
    })),
    count,
  }
}

/**
 * Writes every customer of a recall to `out` as CSV (BOM, header first,
 * formulas escaped), a page of orders at a time, waiting when `out` is full.
 */
export async function streamRecallCustomersCsv(
  container: MedusaContainer,
  source: Source,
  out: Writable
): Promise<void> {
  const csv = stringify({
    bom: true,
    header: true,
    columns: [
      "order_id",
      "order_display_id",
      "email",
      "shipped_at",
      "unit_count",
      "serials",
    ],
    cast: {
      string: (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v),
    },
  })
  csv.pipe(out)
  for (let offset = 0; !out.destroyed; offset += CUSTOMER_PAGE_SIZE) {
    const { customers } = await recallCustomers(container, source, {
      limit: CUSTOMER_PAGE_SIZE,
      offset,
    })
    for (const c of customers) {
      const ok = csv.write([
        c.order_id,
        c.display_id === null ? "" : String(c.display_id),
        c.email ?? "",
        c.shipped_at ?? "",
        String(c.unit_count),
        c.serials.join("|"),
      ])
      if (!ok) {
        await once(csv, "drain")
      }
    }
    if (customers.length < CUSTOMER_PAGE_SIZE) {
      break
    }
  }
  csv.end()
  await once(csv, "end")
}
