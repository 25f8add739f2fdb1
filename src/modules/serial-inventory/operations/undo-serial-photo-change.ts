import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialPhotoChange } from "../../../types/serial-photo"
import { lockSerialNumbers, purgeSerialEvents } from "../sql"

/** Which write a compensation undoes. */
export type SerialPhotoChangeKind = "added" | "removed"

/** The change's photos paired with the event each one got. */
function eventsByPhoto(change: SerialPhotoChange): Map<string, string> {
  return new Map(change.photos.map((p, i) => [p.id, change.event_ids[i]]))
}

/**
 * Undoes a photo write whose workflow is rolled back, so that it leaves no
 * row and no event behind: attached photos are deleted with their
 * `photo_added` events; removed photos are live again and their
 * `photo_removed` events go. Only the events the write itself returned are
 * deleted (through the purge flag of the append-only trigger). A photo
 * somebody changed in between is left alone, with its events: an attached
 * photo already removed again, or a removed photo whose file the unit shows
 * again through a newer photo.
 */
export async function undoSerialPhotoChange(
  knex: Knex,
  kind: SerialPhotoChangeKind,
  change: SerialPhotoChange
): Promise<void> {
  if (!change?.photos?.length) {
    return
  }
  // The unit's lock serializes this with every other photo write on it.
  await lockSerialNumbers(knex, [change.serial_number_id])
  const events = eventsByPhoto(change)
  const ids = change.photos.map((p) => p.id)
  const undone: string[] =
    kind === "added"
      ? await knex("serial_photo")
          .whereIn("id", ids)
          .whereNull("deleted_at")
          .delete()
          .returning("id")
          .then((rows: { id: string }[]) => rows.map((r) => r.id))
      : (
          await knex.raw(
            `UPDATE serial_photo p SET deleted_at = NULL
             WHERE p.id = ANY(?::text[]) AND p.deleted_at IS NOT NULL
               AND NOT EXISTS (
                 SELECT 1 FROM serial_photo live
                 WHERE live.serial_number_id = p.serial_number_id
                   AND live.file_id = p.file_id AND live.deleted_at IS NULL)
             RETURNING p.id`,
            [ids]
          )
        ).rows.map((r: { id: string }) => r.id)
  await purgeSerialEvents(
    knex,
    undone.map((id) => events.get(id)).filter(Boolean) as string[]
  )
}
