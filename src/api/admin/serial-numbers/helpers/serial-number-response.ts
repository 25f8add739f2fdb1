import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { serialError } from "../../../../modules/serial-inventory/utils"
import type { AdminSerialNumber } from "../../../../types"
import { SerialErrorCode } from "../../../../types/error-codes"
import { retrieveAdminSerialNumberQueryConfig } from "../query-config"
import { querySerialNumbers } from "./query-serial-numbers"

/**
 * One unit as the admin API returns it, in the requested `fields` (by
 * default: its columns, warranty state, item/variants/products, location,
 * the actions its status allows and its timeline, oldest first). 404
 * `serial_number_not_found` when no live unit matches.
 */
export async function serialNumberResponse(
  container: MedusaContainer,
  filters: { id: string } | { normalized_serial: string },
  fields: string[] = retrieveAdminSerialNumberQueryConfig.defaults,
  notFound = () =>
    `Serial number not found: ${"id" in filters ? filters.id : filters.normalized_serial}`
): Promise<AdminSerialNumber> {
  const {
    serial_numbers: [unit],
  } = await querySerialNumbers(container, { fields, filters })
  if (!unit) {
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.NOT_FOUND,
      notFound()
    )
  }
  return unit
}
