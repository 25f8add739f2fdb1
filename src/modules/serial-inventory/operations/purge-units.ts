import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { SerialEventType } from "../../../types/serial-event-type"
import { lockSerialNumbers } from "../sql"
import { serialError } from "../utils"

/**
 * Deletes units of a batch being rolled back, with their events: the one
 * place the append-only trigger lets events go, through a transaction-local
 * flag. Refuses units with any history beyond their receipt.
 */
export async function purgeUnits(knex: Knex, ids: string[]): Promise<void> {
  // Lock first, so no transition can add history between the check and the delete.
  await lockSerialNumbers(knex, ids)
  const touched = await knex("serial_event")
    .whereIn("serial_number_id", ids)
    .whereNot("type", SerialEventType.RECEIVED)
    .whereNull("deleted_at")
    .first("serial_number_id")
  if (touched) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.EVENT_APPEND_ONLY,
      `Serial number ${touched.serial_number_id} has history beyond its receipt and cannot be purged`
    )
  }
  await knex.raw("SET LOCAL serial_inventory.purge_created_units = 'on'")
  await knex("serial_event").whereIn("serial_number_id", ids).delete()
  await knex("serial_number").whereIn("id", ids).delete()
  await knex.raw("SET LOCAL serial_inventory.purge_created_units = 'off'")
}
