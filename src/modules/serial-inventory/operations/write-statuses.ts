import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { serialError } from "../utils"
import { guardSkipped } from "../utils/test-switches"
import { updateSerialNumberRows } from "../sql"

/**
 * Writes status and warranty dates with a guarded conditional update (each
 * row only while its status is still `expected_status`); anything less than
 * every row written aborts the transaction.
 */
export async function writeStatuses(
  knex: Knex,
  rows: Record<string, unknown>[]
): Promise<void> {
  const written = await updateSerialNumberRows(
    knex,
    rows,
    ["status", "warranty_starts_at", "warranty_expires_at"],
    !guardSkipped("skipStatusGuard")
  )
  if (written !== rows.length) {
    // Cannot happen while the rows are locked: the guard's last word if a lock is ever missed.
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.CONCURRENT_CHANGE,
      `Serial number status changed concurrently (${written} of ${rows.length} written), nothing was changed`
    )
  }
}
