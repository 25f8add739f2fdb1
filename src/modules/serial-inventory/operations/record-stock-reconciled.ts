import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import { SerialEventType } from "../../../types/serial-event-type"
import type { SerialStockReconciledPayload } from "../../../types/stock-drift"
import {
  asJson,
  COUNTS_AS_STOCK_SQL,
  insertSerialEvents,
  LATEST_RETURN_SQL,
} from "../sql"
import { STOCK_LEFT_STAGES } from "../utils/counts-as-stock"
import { pauseAt } from "../utils/test-switches"
import { actorFields } from "./actor-fields"

/**
 * Writes one `adjusted` event on every unit a reconcile counted as stock
 * (`countsAsStock`: `returned` ones count when their return is among
 * `receivedReturnIds`; status unchanged, so no from/to status), naming the item, the level
 * before and after: each unit's history shows that Medusa's stock where it
 * stands was set to the units. Two statements for any number of places.
 * Returns the ids of the units it wrote on.
 */
export async function recordStockReconciled(
  knex: Knex,
  places: SerialStockReconciledPayload[],
  actor: SerialActorContext,
  receivedReturnIds: string[] = []
): Promise<string[]> {
  await pauseAt("reconcile:before-record")
  if (!places.length) {
    return []
  }
  const units = await knex.raw(
    `SELECT sn.id, sn.inventory_item_id, sn.stock_location_id
     FROM serial_number sn ${LATEST_RETURN_SQL}
     JOIN jsonb_to_recordset(?::jsonb) AS p(inventory_item_id text, stock_location_id text)
       ON p.inventory_item_id = sn.inventory_item_id
      AND p.stock_location_id = sn.stock_location_id
     WHERE sn.deleted_at IS NULL AND (${COUNTS_AS_STOCK_SQL}
       OR (sn.status = 'returned' AND r.return_id = ANY(?::text[])))
     ORDER BY sn.id`,
    [asJson(places), STOCK_LEFT_STAGES, receivedReturnIds]
  )
  const placeOf = new Map(
    places.map((p) => [`${p.inventory_item_id}\u0000${p.stock_location_id}`, p])
  )
  const who = actorFields(actor)
  await insertSerialEvents(
    knex,
    units.rows.map((u: any) => {
      const p = placeOf.get(
        `${u.inventory_item_id}\u0000${u.stock_location_id}`
      )!
      return {
        serial_number_id: u.id,
        type: SerialEventType.ADJUSTED,
        stock_location_id: u.stock_location_id,
        data: {
          inventory_item_id: p.inventory_item_id,
          stocked_quantity_before: p.before,
          stocked_quantity_after: p.after,
        },
        ...who,
      }
    })
  )
  return units.rows.map((u: any) => u.id as string)
}
