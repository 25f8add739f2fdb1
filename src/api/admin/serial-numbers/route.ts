import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { warrantyStatus } from "../../../modules/serial-inventory/utils"
import { createSerialNumbersWorkflow } from "../../../workflows/serial-numbers"
import { adminActor } from "../../utils/actor"
import { attachProducts } from "./helpers/attach-products"
import { resolveSerialNumberFilters } from "./helpers/resolve-serial-number-filters"
import type {
  AdminCreateSerialNumbersType,
  AdminGetSerialNumbersParamsType,
} from "./validators"

/** List units with filters and pagination, plus counts per status for the same filters. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSerialNumbersParamsType>,
  res: MedusaResponse
) => {
  const params = req.validatedQuery as AdminGetSerialNumbersParamsType
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const filters = await resolveSerialNumberFilters(req.scope, params)
  const page = { skip: params.offset, take: params.limit, order: params.order }
  const [[units, count], status_counts] = await Promise.all([
    service.listSerialNumbersByFilters(filters, page),
    service.countSerialNumbersByStatus(filters),
  ])
  const withProducts = await attachProducts(
    req.scope,
    units as { id: string; inventory_item_id: string }[]
  )
  res.json({
    serial_numbers: withProducts.map((u: any) => ({
      ...u,
      warranty_status: warrantyStatus(u.warranty_expires_at),
    })),
    count,
    offset: params.offset,
    limit: params.limit,
    status_counts,
  })
}

/** Create one unit or a batch of up to 10,000, all-or-nothing. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSerialNumbersType>,
  res: MedusaResponse
) => {
  const { result } = await createSerialNumbersWorkflow(req.scope).run({
    input: {
      serial_numbers: req.validatedBody.serial_numbers,
      actor: adminActor(req),
    },
  })
  res.status(201).json({
    serial_numbers: result.map((u) => ({
      id: u.id,
      serial: u.serial,
      status: u.status,
    })),
    count: result.length,
  })
}
