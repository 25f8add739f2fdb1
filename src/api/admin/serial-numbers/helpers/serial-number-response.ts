import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import {
  allowedActions,
  serialError,
  warrantyStatus,
} from "../../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../../types/error-codes"
import { attachProducts } from "./attach-products"

/**
 * One unit as the admin API returns it: its fields, warranty state, the
 * actions its status allows, its item/variant/product and its timeline
 * (oldest first).
 */
export async function serialNumberResponse(
  container: MedusaContainer,
  id: string
) {
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const [unit] = await service.listSerialNumbers({ id })
  if (!unit) {
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.NOT_FOUND,
      `Serial number not found: ${id}`
    )
  }
  const events = await service.listSerialEvents(
    { serial_number_id: id } as any,
    { order: { created_at: "ASC", id: "ASC" }, take: null as any }
  )
  const [withProducts] = await attachProducts(container, [unit as any])
  return {
    ...withProducts,
    warranty_status: warrantyStatus(unit.warranty_expires_at),
    allowed_actions: allowedActions(unit.status as any),
    events: events.map(({ serial_number, ...event }: any) => event),
  }
}
