import type { MedusaContainer } from "@medusajs/framework/types"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import type {
  AdminSerialNumberStatusCounts,
  AdminSerialTraceabilityCustomer,
  AdminSerialTraceabilityResponse,
} from "../../../../types/http"
import type { SerialUnitFilter } from "../../../../types/serial-unit-filter"
import { orderContacts, type OrderContact } from "../../../utils/order-contacts"
import type { SerialUnitRecipientTally } from "../../../../modules/serial-inventory/sql"

/** Customers of the orders, by customer id (else by email), most orders first. */
function distinctCustomers(
  tallies: SerialUnitRecipientTally[],
  contacts: Map<string, OrderContact>
): AdminSerialTraceabilityCustomer[] {
  const byKey = new Map<string, AdminSerialTraceabilityCustomer>()
  for (const t of tallies) {
    const c = contacts.get(t.order_id)
    const key = c?.customer_id ?? `email:${c?.email ?? t.order_id}`
    const entry = byKey.get(key) ?? {
      customer_id: c?.customer_id ?? null,
      email: c?.email ?? null,
      order_count: 0,
      unit_count: 0,
    }
    entry.order_count += 1
    entry.unit_count += t.unit_count
    byKey.set(key, entry)
  }
  return [...byKey.values()].sort(
    (a, b) =>
      b.order_count - a.order_count ||
      String(a.email).localeCompare(String(b.email))
  )
}

/**
 * For a set of units: their count per status, a page of the orders that
 * shipped them (with display id, customer and email), and every distinct
 * customer. Three plugin statements whatever the set's size, plus Medusa's
 * reads of the orders' contacts (`orderContacts`, 10,000 orders a call).
 */
export async function traceabilityResponse(
  container: MedusaContainer,
  input: {
    selector: { field: string; value: string }
    filter: SerialUnitFilter
    limit: number
    offset: number
  }
): Promise<AdminSerialTraceabilityResponse> {
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const { filter, limit, offset } = input
  const perStatus = (await service.countSerialUnitsByStatus(
    filter
  )) as AdminSerialNumberStatusCounts
  const tallies = await service.listSerialUnitRecipientTallies(filter)
  const orders = await service.listSerialUnitRecipientOrders(
    filter,
    tallies.slice(offset, offset + limit).map((t) => t.order_id)
  )
  const contacts = await orderContacts(
    container,
    tallies.map((t) => t.order_id)
  )
  return {
    selector: input.selector,
    units: {
      count: Object.values(perStatus).reduce((n, c) => n + c, 0),
      per_status: perStatus,
    },
    orders: orders.map((o) => {
      const c = contacts.get(o.order_id)
      return {
        order_id: o.order_id,
        display_id: c?.display_id ?? null,
        customer_id: c?.customer_id ?? null,
        email: c?.email ?? null,
        shipped_at: o.shipped_at,
        serial_numbers: o.serial_numbers,
      }
    }),
    count: tallies.length,
    limit,
    offset,
    customers: distinctCustomers(tallies, contacts),
  }
}
