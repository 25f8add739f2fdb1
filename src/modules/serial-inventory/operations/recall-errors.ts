import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { asJson } from "../sql"
import { listForMessage, serialError } from "../utils"

/** Refuses an unknown campaign. */
export function recallNotFound(recallId: string): MedusaError {
  return serialError(
    MedusaError.Types.NOT_FOUND,
    SerialErrorCode.RECALL_NOT_FOUND,
    `Recall campaign not found: ${recallId}`
  )
}

/** Refuses a campaign whose status does not allow the step (applied twice, closed, ...). */
export function recallInWrongStatus(
  recall: { id: string; name: string; status: string },
  action: "apply" | "close",
  code: SerialErrorCode
): MedusaError {
  const needed = action === "apply" ? "draft" : "applied"
  return serialError(
    MedusaError.Types.NOT_ALLOWED,
    code,
    `Cannot ${action} recall "${recall.name}" (${recall.id}): it is ${recall.status}; only a ${needed} campaign can be ${action === "apply" ? "applied" : "closed"}`
  )
}

/** Refuses a campaign whose selector matches no unit. */
export function recallMatchesNothing(name: string): MedusaError {
  return serialError(
    MedusaError.Types.INVALID_DATA,
    SerialErrorCode.RECALL_MATCHES_NOTHING,
    `Recall "${name}" matches no serial number: check the range, lot, references, attribute, dates or list; nothing was written`
  )
}

/**
 * Refuses to move units a recall holds (`serial_number_recalled`), naming
 * each with its campaign: they move only when their campaign closes. One
 * statement, run only when some unit is `recalled`.
 */
export async function assertNotRecalled(
  knex: Knex,
  units: { id: string; serial: string; status: string }[],
  what: string
): Promise<void> {
  const recalled = units.filter((u) => u.status === "recalled")
  if (!recalled.length) {
    return
  }
  const result = await knex.raw(
    `SELECT DISTINCT ON (ru.serial_number_id) ru.serial_number_id, r.id, r.name
     FROM serial_recall_unit ru JOIN serial_recall r ON r.id = ru.recall_id
     WHERE ru.serial_number_id IN (SELECT jsonb_array_elements_text(?::jsonb))
       AND ru.blocked AND r.status = 'applied'
     ORDER BY ru.serial_number_id, r.applied_at DESC`,
    [asJson(recalled.map((u) => u.id))]
  )
  const campaign = new Map<string, any>(
    result.rows.map((r: any) => [r.serial_number_id, r])
  )
  const list = recalled.map((u) => {
    const c = campaign.get(u.id)
    return c ? `${u.serial} (recall "${c.name}", ${c.id})` : u.serial
  })
  throw serialError(
    MedusaError.Types.NOT_ALLOWED,
    SerialErrorCode.RECALLED,
    `Cannot ${what} ${listForMessage(list)}: blocked by a recall; it moves only when its campaign is closed`
  )
}
