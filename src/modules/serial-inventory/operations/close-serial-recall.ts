import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import type {
  SerialRecallDisposition,
  SerialRecallDTO,
} from "../../../types/serial-recall"
import {
  closeRecallUnits,
  lockRecall,
  releaseRecalledAllocations,
} from "../sql"
import type { StockLevelAdjustment } from "../utils"
import { serialError } from "../utils"
import { actorFields } from "./actor-fields"
import { recallInWrongStatus, recallNotFound } from "./recall-errors"

export interface CloseSerialRecallInput {
  recall_id: string
  disposition: SerialRecallDisposition
  note?: string | null
}

export interface CloseSerialRecallResult {
  recall: SerialRecallDTO
  /** What Medusa's stock gains back: released units that count as stock again. */
  stock: StockLevelAdjustment[]
}

/**
 * Closes an applied campaign, set-based: `release` gives each unit it still
 * holds back where it was (`reserved` on the order line that still holds
 * it, else `in_stock`; event `recall_released`), `defective` marks them
 * `defective` (event `marked_defective`) and ends their open allocations.
 * Refuses a campaign that is not applied (`serial_recall_not_applied`); a
 * closed campaign never changes again.
 */
export async function closeSerialRecall(
  knex: Knex,
  input: CloseSerialRecallInput,
  actor: SerialActorContext = {}
): Promise<CloseSerialRecallResult> {
  const recall = await lockRecall(knex, input.recall_id)
  if (!recall) {
    throw recallNotFound(input.recall_id)
  }
  if (recall.status !== "applied") {
    throw recallInWrongStatus(
      recall,
      "close",
      SerialErrorCode.RECALL_NOT_APPLIED
    )
  }
  // Nothing but this campaign moves its recalled units, and its row is locked.
  const held = recall.blocked_count
  if (input.disposition === "defective") {
    await releaseRecalledAllocations(knex, input.recall_id)
  }
  const fields = actorFields({ ...actor, note: input.note ?? actor.note })
  const written = await closeRecallUnits(
    knex,
    input.recall_id,
    input.disposition,
    { ...fields, note: fields.note ?? `recall "${recall.name}" closed` }
  )
  if (written.units !== held || written.events !== held) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.CONCURRENT_CHANGE,
      `Recall "${recall.name}": ${written.units} of ${held} units could be closed (changed concurrently), nothing was changed`
    )
  }
  const stock = written.stock
  const updated = await knex.raw(
    `UPDATE serial_recall SET status = 'closed', disposition = ?, close_note = ?,
       closed_at = now(), updated_at = now()
     WHERE id = ? RETURNING *`,
    [input.disposition, input.note ?? null, input.recall_id]
  )
  return { recall: updated.rows[0], stock }
}
