import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Who an order went to, as Medusa's order module has it. */
export interface OrderContact {
  id: string
  display_id: number | null
  customer_id: string | null
  email: string | null
}

/**
 * Orders per `query.graph` call: PostgreSQL takes at most 65,535 bound
 * parameters a statement, and Query binds each id.
 */
export const ORDER_CONTACT_CHUNK = 10000

/**
 * Display id, customer id and email of each order, read with `query.graph`
 * a chunk of 10,000 orders at a time (one read, one statement, up to 10,000 orders). Orders
 * that no longer exist are absent from the map. Used by traceability and
 * recalls to name the customers who received units.
 */
export async function orderContacts(
  container: MedusaContainer,
  orderIds: string[]
): Promise<Map<string, OrderContact>> {
  const unique = [...new Set(orderIds)]
  const contacts = new Map<string, OrderContact>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (let i = 0; i < unique.length; i += ORDER_CONTACT_CHUNK) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "customer_id", "email"],
      filters: { id: unique.slice(i, i + ORDER_CONTACT_CHUNK) },
    })
    for (const o of data as any[]) {
      contacts.set(o.id, {
        id: o.id,
        display_id: o.display_id ?? null,
        customer_id: o.customer_id ?? null,
        email: o.email ?? null,
      })
    }
  }
  return contacts
}
