import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import type { SerialRecallDTO } from "../../../types/serial-recall"
import {
  blockRecallUnits,
  insertRecallUnits,
  lockRecall,
  recallSelectorCondition,
} from "../sql"
import type { StockLevelAdjustment } from "../utils"
import { serialError } from "../utils"
import { actorFields } from "./actor-fields"
import { assertRecallSelector } from "./create-serial-recall"
import {
  recallInWrongStatus,
  recallMatchesNothing,
  recallNotFound,
} from "./recall-errors"

export interface ApplySerialRecallResult {
  recall: SerialRecallDTO
  /** What Medusa's stock must lose: the blocked units that counted as stock. */
  stock: StockLevelAdjustment[]
}

/**
 * Applies a draft campaign, set-based (the same five statements for 10 or
 * 100,000 units): locks the campaign, records every matched unit, blocks those in stock or on an order line and not shipped
 * (status `recalled`, guarded on the status recorded: a unit that changed
 * in between aborts the apply) with one `recalled` event each, sums the
 * stock Medusa loses, and marks the campaign applied with its counts. Refuses a campaign
 * that is not a draft (`serial_recall_not_draft`) or matches nothing.
 */
export async function applySerialRecall(
  knex: Knex,
  recallId: string,
  actor: SerialActorContext = {}
): Promise<ApplySerialRecallResult> {
  const recall = await lockRecall(knex, recallId)
  if (!recall) {
    throw recallNotFound(recallId)
  }
  if (recall.status !== "draft") {
    throw recallInWrongStatus(recall, "apply", SerialErrorCode.RECALL_NOT_DRAFT)
  }
  assertRecallSelector(recall.selector)
  const units = recallSelectorCondition(recall.selector)
  const counts = await insertRecallUnits(knex, recallId, units)
  if (!counts.matched) {
    throw recallMatchesNothing(recall.name)
  }
  const fields = actorFields(actor)
  const written = await blockRecallUnits(knex, recallId, {
    ...fields,
    note: fields.note ?? `recall "${recall.name}"`,
  })
  if (written.units !== counts.blocked || written.events !== counts.blocked) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.CONCURRENT_CHANGE,
      `Recall "${recall.name}": ${written.units} of ${counts.blocked} units could be blocked (changed concurrently), nothing was changed`
    )
  }
  const stock = written.stock
  const updated = await knex.raw(
    `UPDATE serial_recall SET status = 'applied', matched_count = ?, blocked_count = ?,
       shipped_count = ?, applied_at = now(), updated_at = now()
     WHERE id = ? RETURNING *`,
    [counts.matched, counts.blocked, counts.shipped, recallId]
  )
  return { recall: updated.rows[0], stock }
}
