import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialIdempotencyKeyDTO } from "../../../types/serial-records"
import { newEntityId } from "../utils/entity-id"

export interface ClaimIdempotencyKeyInput {
  key: string
  scope: string
  request_hash: string
}

/**
 * Records a key for a scope unless it is there already, atomically (the
 * unique index on live `(scope, key)` decides between concurrent requests).
 * `claimed` says whether this call recorded it; `record` is the stored row
 * either way.
 */
export async function claimIdempotencyKey(
  knex: Knex,
  input: ClaimIdempotencyKeyInput
): Promise<{ claimed: boolean; record: SerialIdempotencyKeyDTO }> {
  const inserted = await knex.raw(
    `INSERT INTO serial_idempotency_key (id, key, scope, request_hash)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (scope, key) WHERE deleted_at IS NULL DO NOTHING
     RETURNING *`,
    [newEntityId("sidem"), input.key, input.scope, input.request_hash]
  )
  if (inserted.rows.length) {
    return { claimed: true, record: inserted.rows[0] }
  }
  const record = await knex("serial_idempotency_key")
    .where({ key: input.key, scope: input.scope })
    .whereNull("deleted_at")
    .first()
  return { claimed: false, record }
}
