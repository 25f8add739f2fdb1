import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialPhotoDTO } from "../../../types/serial-photo"
import { newEntityId } from "../utils/entity-id"
import { asJson } from "./knex"

/**
 * Columns of `serial_photo` the insert writes, with their SQL types, in one
 * place (a unit test keeps them in step with the model snapshot).
 */
export const SERIAL_PHOTO_COLUMNS = {
  id: "text",
  serial_number_id: "text",
  file_id: "text",
  url: "text",
  note: "text",
  actor_type: "text",
  actor_id: "text",
} as const

const NAMES = Object.keys(
  SERIAL_PHOTO_COLUMNS
) as (keyof typeof SERIAL_PHOTO_COLUMNS)[]
const LIST = NAMES.map((c) => `"${c}"`).join(", ")
const SIGNATURE = NAMES.map((c) => `"${c}" ${SERIAL_PHOTO_COLUMNS[c]}`).join(
  ", "
)

export type SerialPhotoRow = Omit<
  SerialPhotoDTO,
  "id" | "created_at" | "updated_at" | "deleted_at"
>

/** Inserts photos in one statement; returns the rows in input order. */
export async function insertSerialPhotos(
  knex: Knex,
  photos: SerialPhotoRow[]
): Promise<SerialPhotoDTO[]> {
  if (!photos.length) {
    return []
  }
  const rows = photos.map((p) => ({ id: newEntityId("sphoto"), ...p }))
  const result = await knex.raw(
    `INSERT INTO serial_photo (${LIST}, created_at, updated_at)
     SELECT ${LIST}, clock_timestamp(), clock_timestamp()
     FROM jsonb_to_recordset(?::jsonb) AS r(${SIGNATURE})
     RETURNING *`,
    [asJson(rows)]
  )
  const byId = new Map<string, SerialPhotoDTO>(
    result.rows.map((r: SerialPhotoDTO) => [r.id, r])
  )
  return rows.map((r) => byId.get(r.id)!)
}

/** The live photos of a unit among `where` (by photo ids or file ids), locked. */
export async function lockLiveSerialPhotos(
  knex: Knex,
  serialNumberId: string,
  where: { ids?: string[]; file_ids?: string[] }
): Promise<SerialPhotoDTO[]> {
  const query = knex("serial_photo")
    .where({ serial_number_id: serialNumberId })
    .whereNull("deleted_at")
  if (where.ids) {
    query.whereIn("id", where.ids)
  }
  if (where.file_ids) {
    query.whereIn("file_id", where.file_ids)
  }
  return await query.orderBy("id").forUpdate().select("*")
}

/**
 * Deletes lifecycle events by id: the append-only trigger lets a `DELETE`
 * through only in a transaction that set the purge flag, which this sets
 * and clears around the statement. Only compensations call it, with the ids
 * of events their own step wrote.
 */
export async function purgeSerialEvents(
  knex: Knex,
  eventIds: string[]
): Promise<void> {
  if (!eventIds.length) {
    return
  }
  await knex.raw("SET LOCAL serial_inventory.purge_created_units = 'on'")
  await knex("serial_event").whereIn("id", eventIds).delete()
  await knex.raw("SET LOCAL serial_inventory.purge_created_units = 'off'")
}
