import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { lockSerialNumbers } from "../sql"
import { listForMessage, serialError } from "../utils"

/** Locks the units with these ids, or throws NOT_FOUND naming every missing id. */
export async function lockExistingSerialNumbers(
  knex: Knex,
  ids: string[]
): Promise<Record<string, any>[]> {
  const unique = [...new Set(ids)]
  const serialNumbers = await lockSerialNumbers(knex, unique)
  if (serialNumbers.length !== unique.length) {
    const found = new Set(serialNumbers.map((u) => u.id))
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.NOT_FOUND,
      `Serial number(s) not found: ${listForMessage(unique.filter((id) => !found.has(id)))}`
    )
  }
  return serialNumbers
}
