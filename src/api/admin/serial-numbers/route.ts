import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import type {
  AdminSerialNumberCreateResponse,
  AdminSerialNumberListResponse,
  AdminSerialNumberStatusCounts,
} from "../../../types"
import { createSerialNumbersWorkflow } from "../../../workflows/serial-numbers"
import { adminActor } from "../../utils/actor"
import { querySerialNumbers } from "./helpers/query-serial-numbers"
import { resolveSerialNumberFilters } from "./helpers/resolve-serial-number-filters"
import { serialNumberGraphFilters } from "./helpers/serial-number-graph-filters"
import type {
  AdminCreateSerialNumbersType,
  AdminGetSerialNumbersParamsType,
} from "./validators"

/**
 * Newest first by default; a tie (a batch shares its `created_at`) is broken
 * by id in the same direction, so pages never overlap.
 */
function pageOrder(order?: Record<string, string>): Record<string, string> {
  const [[column, direction]] = Object.entries(order ?? {}).concat([
    ["created_at", "DESC"],
  ])
  return { [column]: direction, id: direction }
}

/** List units in the requested `fields`, filtered and paginated, plus counts per status for the same filters. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSerialNumbersParamsType>,
  res: MedusaResponse<AdminSerialNumberListResponse>
) => {
  const { skip, take, order } = req.queryConfig.pagination
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const filters = await resolveSerialNumberFilters(
    req.scope,
    req.validatedQuery
  )
  const [{ serial_numbers, count }, status_counts] = await Promise.all([
    querySerialNumbers(req.scope, {
      fields: req.queryConfig.fields,
      filters: serialNumberGraphFilters(filters),
      pagination: { skip, take, order: pageOrder(order) },
    }),
    service.countSerialNumbersByStatus(filters),
  ])
  res.json({
    serial_numbers,
    count,
    offset: skip,
    limit: take as number,
    status_counts: status_counts as AdminSerialNumberStatusCounts,
  })
}

/** Create one unit or a batch of up to 10,000, all-or-nothing. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSerialNumbersType>,
  res: MedusaResponse<AdminSerialNumberCreateResponse>
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
