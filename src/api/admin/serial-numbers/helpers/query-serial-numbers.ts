import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import {
  allowedActions,
  warrantyStatus,
} from "../../../../modules/serial-inventory/utils"
import type { AdminSerialEvent, AdminSerialNumber } from "../../../../types"
import type { SerialNumberStatus } from "../../../../types/serial-number-status"
import { pickFields } from "../../../utils/pick-fields"
import { SERIAL_NUMBER_COMPUTED_FIELDS } from "../query-config"
import { photosByUnit } from "./serial-photos"

export interface SerialNumberQuery {
  /** Requested fields (`req.queryConfig.fields`), computed ones included. */
  fields: string[]
  filters: Record<string, unknown>
  pagination?: {
    skip?: number
    take?: number
    order?: Record<string, string>
  }
}

/** The columns `query.graph` must read for the requested fields. */
function graphFields(fields: string[]): string[] {
  const read = new Set<string>(["id"])
  for (const field of fields) {
    const inputs = SERIAL_NUMBER_COMPUTED_FIELDS[field]
    for (const f of inputs ?? [field]) {
      read.add(f)
    }
  }
  return [...read]
}

/** Every unit's timeline, oldest first: one statement for the whole page. */
async function timelines(
  container: MedusaContainer,
  ids: string[]
): Promise<Map<string, AdminSerialEvent[]>> {
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const events = await service.listSerialEvents(
    { serial_number_id: ids } as any,
    { order: { created_at: "ASC", id: "ASC" }, take: null as any }
  )
  const displayIds = await orderDisplayIds(
    container,
    events.map((e) => e.order_id).filter(Boolean) as string[]
  )
  const byUnit = new Map<string, AdminSerialEvent[]>(ids.map((id) => [id, []]))
  for (const { serial_number, ...event } of events as any[]) {
    byUnit.get(event.serial_number_id)?.push({
      ...event,
      order_display_id: event.order_id
        ? (displayIds.get(event.order_id) ?? null)
        : null,
    })
  }
  return byUnit
}

/** Medusa's display id (`#1042`) of each order, one query for all of them. */
async function orderDisplayIds(
  container: MedusaContainer,
  orderIds: string[]
): Promise<Map<string, number>> {
  const unique = [...new Set(orderIds)]
  if (!unique.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id"],
    filters: { id: unique },
  })
  return new Map(data.map((o: any) => [o.id, o.display_id]))
}

/** Units of the page that are on an order line (their actions belong to the order flow). */
async function allocatedUnits(
  container: MedusaContainer,
  ids: string[]
): Promise<Set<string>> {
  if (!ids.length) {
    return new Set()
  }
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const open = await service.listOpenSerialAllocations(ids)
  return new Set(open.map((a) => a.serial_number_id))
}

/**
 * Units as the admin API returns them, in the shape the `fields` ask for:
 * one `query.graph` over `serial_number` (Query batches each link: one read
 * per related table for the whole page, not per unit), then the computed
 * fields (`warranty_status`, `allowed_actions`, `events`, `photos`) for
 * those asked for, then exactly the requested paths. `count` is the total for the
 * filters when `pagination` is given.
 */
export async function querySerialNumbers(
  container: MedusaContainer,
  { fields, filters, pagination }: SerialNumberQuery
): Promise<{ serial_numbers: AdminSerialNumber[]; count: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "serial_number",
    fields: graphFields(fields),
    filters,
    ...(pagination ? { pagination } : {}),
  })
  const wanted = new Set(fields)
  const events = wanted.has("events")
    ? await timelines(
        container,
        data.map((u: any) => u.id)
      )
    : null
  const photos = wanted.has("photos")
    ? await photosByUnit(
        container,
        data.map((u: any) => u.id)
      )
    : null
  const allocated = wanted.has("allowed_actions")
    ? await allocatedUnits(
        container,
        data.map((u: any) => u.id)
      )
    : new Set<string>()
  const units = data.map((unit: any) => ({
    ...unit,
    ...(wanted.has("warranty_status") && {
      warranty_status: warrantyStatus(unit.warranty_expires_at),
    }),
    // A unit on an order line moves with its order: no plain action applies.
    ...(wanted.has("allowed_actions") && {
      allowed_actions: allocated.has(unit.id)
        ? []
        : allowedActions(unit.status as SerialNumberStatus),
    }),
    ...(events && { events: events.get(unit.id) ?? [] }),
    ...(photos && { photos: photos.get(unit.id) ?? [] }),
  }))
  return {
    serial_numbers: pickFields(units, ["id", ...fields]) as AdminSerialNumber[],
    count: metadata?.count ?? units.length,
  }
}
