import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../../modules/serial-inventory/service"
import type { StoreCustomerSerialNumberListResponse } from "../../../../../types"
import { customerSerialNumbers } from "../../helpers/customer-serial-numbers"
import type { StoreGetCustomerSerialNumbersParamsType } from "../../validators"

/**
 * The units shipped on the logged-in customer's orders, newest shipment
 * first: serial, product and variant, order, ship date and warranty. Only
 * orders whose `customer_id` is the session's customer are read.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<
    unknown,
    StoreGetCustomerSerialNumbersParamsType
  >,
  res: MedusaResponse<StoreCustomerSerialNumberListResponse>
) => {
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { customer_id: req.auth_context.actor_id },
  })
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const { rows, count } = await service.listCustomerSerialUnits(
    orders.map((o: any) => o.id),
    { limit, offset }
  )
  res.json({
    serial_numbers: await customerSerialNumbers(req.scope, rows),
    count,
    limit,
    offset,
  })
}
