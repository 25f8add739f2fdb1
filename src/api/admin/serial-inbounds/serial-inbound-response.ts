import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { serialError } from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type {
  AdminSerialInbound,
  AdminSerialInboundLine,
} from "../../../types/http"
import type { SerialInboundDTO } from "../../../types/serial-inbound"

const service = (scope: MedusaContainer) =>
  scope.resolve<SerialInventoryModuleService>(SERIAL_INVENTORY_MODULE)

/** The lines of these manifests with their live counts, by manifest id (one statement). */
export async function inboundLines(
  scope: MedusaContainer,
  ids: string[]
): Promise<Map<string, AdminSerialInboundLine[]>> {
  const byInbound = new Map<string, AdminSerialInboundLine[]>(
    ids.map((id) => [id, []])
  )
  for (const l of await service(scope).listSerialInboundLineCounts(ids)) {
    byInbound.get(l.inbound_id)?.push({
      id: l.line_id,
      inventory_item_id: l.inventory_item_id,
      mode: l.mode,
      expected_quantity: l.expected,
      confirmed_quantity: l.confirmed_quantity,
      attributes: l.attributes,
      counts: {
        expected: l.expected,
        scanned: l.scanned,
        matched: l.matched,
        missing: l.missing,
        extra: l.extra,
      },
    })
  }
  return byInbound
}

/** Manifests with their lines and counts. */
export async function withLines(
  scope: MedusaContainer,
  inbounds: SerialInboundDTO[]
): Promise<AdminSerialInbound[]> {
  const lines = await inboundLines(
    scope,
    inbounds.map((i) => i.id)
  )
  return inbounds.map((i) => ({ ...i, lines: lines.get(i.id)! }))
}

/** One manifest with its lines and counts; 404 (`serial_inbound_not_found`) when there is none. */
export async function retrieveInbound(
  scope: MedusaContainer,
  id: string
): Promise<AdminSerialInbound> {
  const [inbound] = await service(scope).listSerialInbounds({ id })
  if (!inbound) {
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.INBOUND_NOT_FOUND,
      `Serial inbound not found: ${id}`
    )
  }
  return (await withLines(scope, [inbound as SerialInboundDTO]))[0]
}
