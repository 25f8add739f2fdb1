import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

/**
 * Takes `count` numbers from the counter `key` (created at 0 on first use)
 * and returns the first: one statement, whose row lock queues concurrent
 * receipts. Numbers are not given back when the receipt rolls back.
 */
export async function takeSequenceNumbers(
  knex: Knex,
  key: string,
  count: number
): Promise<number> {
  const { rows } = await knex.raw(
    `insert into serial_sequence (id, key, last_value) values (?, ?, ?)
     on conflict (key) where deleted_at is null
     do update set last_value = serial_sequence.last_value + excluded.last_value,
                   updated_at = now()
     returning last_value`,
    [generateEntityId(undefined, "sseq"), key, count]
  )
  return Number(rows[0].last_value) - count + 1
}
