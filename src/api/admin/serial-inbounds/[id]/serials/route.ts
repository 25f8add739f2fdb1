import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SERIAL_INVENTORY_MODULE } from "../../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../../modules/serial-inventory/service"
import type { AdminSerialInboundSerialListResponse } from "../../../../../types/http"
import type { SerialInboundSerialDTO } from "../../../../../types/serial-inbound"
import { retrieveInbound } from "../../serial-inbound-response"

const STATES = {
  missing: { expected: true, scanned_at: null },
  scanned: { scan_count: { $gt: 0 } },
  unexpected: { expected: false },
}

/** A manifest's serials (expected and scanned), in entry order; filter by line and state. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialInboundSerialListResponse>
) => {
  const { line_id, state, limit, offset } = req.validatedQuery as {
    line_id?: string
    state?: keyof typeof STATES
    limit: number
    offset: number
  }
  await retrieveInbound(req.scope, req.params.id)
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const [serials, count] = await service.listAndCountSerialInboundSerials(
    {
      inbound_id: req.params.id,
      ...(line_id ? { line_id } : {}),
      ...(state ? STATES[state] : {}),
    } as any,
    { skip: offset, take: limit, order: { id: "ASC" } }
  )
  res.json({
    serials: serials as SerialInboundSerialDTO[],
    count,
    offset,
    limit,
  })
}
