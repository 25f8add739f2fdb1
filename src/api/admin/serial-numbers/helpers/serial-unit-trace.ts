import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import type {
  AdminSerialTraceEvent,
  AdminSerialTraceManifest,
  AdminSerialTraceResponse,
} from "../../../../types/http"
import type {
  SerialAllocationDTO,
  SerialEventDTO,
} from "../../../../types/serial-records"
import { retrieveAdminSerialNumberQueryConfig } from "../query-config"
import { serialNumberResponse } from "./serial-number-response"
import { traceOrders } from "./trace-orders"

/** The unit's own fields and links, without the timeline the trace builds itself. */
const UNIT_FIELDS = retrieveAdminSerialNumberQueryConfig.defaults.filter(
  (f) => f !== "events"
)

interface OrderInfo {
  display_id: number | null
  customer_id: string | null
  email: string | null
  items: Map<string, string | null>
}

/** The orders' display ids, customers, emails and line titles: one Query read for all. */
async function ordersById(
  container: MedusaContainer,
  ids: string[]
): Promise<Map<string, OrderInfo>> {
  if (!ids.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "customer_id",
      "email",
      "items.id",
      "items.title",
    ],
    filters: { id: ids },
  })
  return new Map(
    (data as any[]).map((o) => [
      o.id,
      {
        display_id: o.display_id ?? null,
        customer_id: o.customer_id ?? null,
        email: o.email ?? null,
        items: new Map(
          ((o.items ?? []) as any[]).map((i) => [i.id, i.title ?? null])
        ),
      },
    ])
  )
}

/** Names of the stock locations: one Query read. */
async function locationNames(
  container: MedusaContainer,
  ids: string[]
): Promise<Map<string, string>> {
  if (!ids.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name"],
    filters: { id: ids },
  })
  return new Map((data as any[]).map((l) => [l.id, l.name]))
}

/**
 * One unit's whole chain, oldest first: where it came from (receipt and
 * supplier references, lot, location, date, the manifest it was received
 * on), every order line it was on with the customer, its returns and what
 * became of each (restock, defective), resales, and every event with the
 * order it names. A fixed number of reads whatever the unit's history: the
 * unit (Query), its events, its allocations, its manifest, its orders
 * (Query) and the receipt location (Query). 404 `serial_number_not_found`.
 */
export async function serialUnitTrace(
  container: MedusaContainer,
  id: string
): Promise<AdminSerialTraceResponse> {
  const unit = await serialNumberResponse(container, { id }, UNIT_FIELDS)
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const events = (await service.listSerialEvents(
    { serial_number_id: unit.id } as any,
    { order: { created_at: "ASC", id: "ASC" }, take: null as any }
  )) as SerialEventDTO[]
  const allocations = (await service.listSerialAllocations(
    { serial_number_id: unit.id } as any,
    { order: { allocated_at: "ASC", id: "ASC" }, take: null as any }
  )) as SerialAllocationDTO[]
  const [inbound] = unit.receipt_reference
    ? await service.listSerialInbounds({ id: unit.receipt_reference })
    : []
  const received = events.find((e) => e.type === "received") ?? null
  const receiptLocation =
    received?.stock_location_id ?? inbound?.stock_location_id ?? null
  const orderIds = [
    ...new Set(
      [...allocations.map((a) => a.order_id), ...events.map((e) => e.order_id)]
        .filter(Boolean)
        .map(String)
    ),
  ]
  const orders = await ordersById(container, orderIds)
  const locations = await locationNames(
    container,
    receiptLocation ? [receiptLocation] : []
  )
  const manifest: AdminSerialTraceManifest | null = inbound
    ? {
        id: inbound.id,
        reference: inbound.reference ?? null,
        supplier_reference: inbound.supplier_reference ?? null,
        status: inbound.status,
        confirmed_at: inbound.confirmed_at ?? null,
      }
    : null
  const timeline: AdminSerialTraceEvent[] = events.map(
    ({ serial_number, ...e }: any) => {
      const order = e.order_id ? orders.get(e.order_id) : undefined
      return {
        ...e,
        order_display_id: order?.display_id ?? null,
        order_email: order?.email ?? null,
        order_customer_id: order?.customer_id ?? null,
      }
    }
  )
  const { events: _omit, ...unitFields } = unit as any
  return {
    serial_number: unitFields,
    receipt: {
      receipt_reference: unit.receipt_reference,
      supplier_reference: unit.supplier_reference,
      lot: unit.lot,
      stock_location_id: receiptLocation,
      stock_location_name: receiptLocation
        ? (locations.get(receiptLocation) ?? null)
        : null,
      received_at: unit.received_at ?? received?.created_at ?? null,
      event_id: received?.id ?? null,
      manifest,
    },
    orders: traceOrders(allocations, events, orders),
    events: timeline,
  }
}
