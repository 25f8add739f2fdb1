import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"

/**
 * The knex handle for raw, set-based SQL: the open transaction when there is
 * one (writes must always have one), else the pool (reads).
 */
export function knexFrom(sharedContext: any, requireTransaction = false): Knex {
  const trx = sharedContext?.transactionManager?.getTransactionContext?.()
  if (trx) {
    return trx
  }
  if (requireTransaction) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "serial_inventory: this write must run inside a transaction",
      SerialErrorCode.TRANSACTION_REQUIRED
    )
  }
  const manager = sharedContext?.manager ?? sharedContext?.transactionManager
  return manager.getKnex()
}

/** Passes a list of rows to PostgreSQL as one JSON parameter. */
export function asJson(rows: unknown): string {
  return JSON.stringify(rows)
}
