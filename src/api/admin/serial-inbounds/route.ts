import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type {
  AdminSerialInboundListResponse,
  AdminSerialInboundResponse,
} from "../../../types/http"
import type { SerialInboundDTO } from "../../../types/serial-inbound"
import { createSerialInboundWorkflow } from "../../../workflows/serial-inbounds"
import { serialsFromCsv } from "../../utils/serials-from-csv"
import { requestError } from "../../utils/validate-request"
import { retrieveInbound, withLines } from "./serial-inbound-response"
import type { AdminCreateSerialInboundType } from "./validators"

/** List manifests (by status, location, reference), newest first, with their lines' counts. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSerialInboundListResponse>
) => {
  const { limit, offset, ...filters } = req.validatedQuery as {
    limit: number
    offset: number
    status?: string[]
    stock_location_id?: string[]
    reference?: string
  }
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const [inbounds, count] = await service.listAndCountSerialInbounds(
    filters as any,
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({
    serial_inbounds: await withLines(req.scope, inbounds as SerialInboundDTO[]),
    count,
    offset,
    limit,
  })
}

/** Create a manifest: lines with expected serials (a list and/or CSV text) or a quantity. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSerialInboundType>,
  res: MedusaResponse<AdminSerialInboundResponse>
) => {
  const problems: string[] = []
  const lines = req.validatedBody.lines.map(({ csv, ...line }, i) => {
    if (csv === undefined) {
      return line
    }
    const read = serialsFromCsv(csv)
    if ("problems" in read) {
      problems.push(...read.problems.map((p) => `lines[${i}].csv ${p}`))
      return line
    }
    return { ...line, serials: [...(line.serials ?? []), ...read.serials] }
  })
  if (problems.length) {
    throw requestError(
      `Invalid request, nothing was written: ${problems.join("; ")}`
    )
  }
  const { result } = await createSerialInboundWorkflow(req.scope).run({
    input: { ...req.validatedBody, lines },
  })
  res
    .status(201)
    .json({ serial_inbound: await retrieveInbound(req.scope, result.id) })
}
