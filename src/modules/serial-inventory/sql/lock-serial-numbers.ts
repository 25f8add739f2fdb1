import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { guardSkipped } from "../utils/test-switches"
import { asJson } from "./knex"

/**
 * Reads units by id and locks their rows until the transaction ends, so no
 * other process can change them between the check and the write.
 */
export async function lockSerialNumbers(
  knex: Knex,
  ids: string[]
): Promise<Record<string, any>[]> {
  const result = await knex.raw(
    `SELECT * FROM serial_number
     WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))
       AND deleted_at IS NULL
     ORDER BY id
     ${guardSkipped("skipRowLocks") ? "" : "FOR UPDATE"}`,
    [asJson(ids)]
  )
  return result.rows
}

/** Existing live units whose normalized serial is one of `keys`. */
export async function findByNormalizedSerials(
  knex: Knex,
  keys: string[]
): Promise<{ id: string; serial: string; normalized_serial: string }[]> {
  if (!keys.length) {
    return []
  }
  const result = await knex.raw(
    `SELECT id, serial, normalized_serial FROM serial_number
     WHERE normalized_serial IN (SELECT jsonb_array_elements_text(?::jsonb))
       AND deleted_at IS NULL`,
    [asJson(keys)]
  )
  return result.rows
}
