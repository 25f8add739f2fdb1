import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import type {
  SerialRecallDTO,
  SerialRecallSelector,
} from "../../../types/serial-recall"
import { recallSelectorCondition } from "../sql"
import {
  assertNoNul,
  newEntityId,
  recallSelectorProblems,
  serialError,
} from "../utils"
import { recallMatchesNothing } from "./recall-errors"

export interface CreateSerialRecallInput {
  name: string
  reason?: string | null
  selector: SerialRecallSelector
}

/** Refuses a selector with problems, naming each (`serial_recall_selector_invalid`). */
export function assertRecallSelector(selector: SerialRecallSelector): void {
  const problems = recallSelectorProblems(selector)
  if (problems.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.RECALL_SELECTOR_INVALID,
      `Invalid recall selector, nothing was written: ${problems.join("; ")}`
    )
  }
}

/**
 * Creates a draft campaign after checking its selector and that it matches
 * at least one unit (two statements: a count, the insert).
 */
export async function createSerialRecall(
  knex: Knex,
  input: CreateSerialRecallInput,
  actor: SerialActorContext = {}
): Promise<SerialRecallDTO> {
  assertNoNul(input as any, "Recall")
  assertRecallSelector(input.selector)
  const units = recallSelectorCondition(input.selector)
  const count = await knex.raw(
    `SELECT EXISTS (SELECT 1 FROM serial_number sn WHERE ${units.sql}) AS any`,
    units.bindings
  )
  if (!count.rows[0].any) {
    throw recallMatchesNothing(input.name)
  }
  const [row] = await knex("serial_recall")
    .insert({
      id: newEntityId("srcl"),
      name: input.name,
      reason: input.reason ?? null,
      status: "draft",
      selector: JSON.stringify(input.selector),
      actor_type: actor.actor_type ?? "system",
      actor_id: actor.actor_id ?? null,
      created_at: knex.fn.now(),
      updated_at: knex.fn.now(),
    })
    .returning("*")
  return row
}
