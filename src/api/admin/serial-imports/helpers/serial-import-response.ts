import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import { SerialErrorCode } from "../../../../types/error-codes"
import type { AdminSerialImport } from "../../../../types/http"

const FIELDS = [
  "id",
  "status",
  "filename",
  "total",
  "validated",
  "processed",
  "created",
  "errors",
  "message",
  "created_at",
  "updated_at",
  "completed_at",
] as const

/** An import as the admin API returns it, by id or by its workflow transaction; 404 `serial_import_not_found`. */
export async function retrieveAdminSerialImport(
  container: MedusaContainer,
  filter: { id: string } | { transaction_id: string }
): Promise<AdminSerialImport> {
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const [record] = await service.listSerialImports(filter, {
    select: [...FIELDS],
    take: 1,
  })
  if (!record) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Serial import ${Object.values(filter)[0]} not found`,
      SerialErrorCode.IMPORT_NOT_FOUND
    )
  }
  const json = JSON.parse(JSON.stringify(record))
  return { ...json, errors: json.errors ?? [] } as AdminSerialImport
}
