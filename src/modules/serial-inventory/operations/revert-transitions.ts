import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { SerialEventType } from "../../../types/serial-event-type"
import type { RevertSerialTransitionsInput } from "../../../types/serial-number-inputs"
import { insertSerialEvents } from "../sql"
import { canRevert, serialError } from "../utils"
import { actorFields } from "./actor-fields"
import { lockExisting } from "./lock-existing"
import { writeStatuses } from "./write-statuses"

/**
 * Undoes transitions (workflow compensation): each unit goes back to the
 * status and warranty dates it had, only while it is still where the action
 * put it, and a `reverted` event records it.
 */
export async function revertTransitions(knex: Knex, input: RevertSerialTransitionsInput): Promise<void> {
  const units = await lockExisting(knex, input.records.map((r) => r.id))
  const byId = new Map(units.map((u) => [u.id, u]))
  const refused = input.records.filter((r) => !canRevert(input.action, byId.get(r.id)!.status, r.from_status))
  if (refused.length) {
    const list = refused.map((r) => `${r.serial} (${byId.get(r.id)!.status})`).join(", ")
    throw serialError(MedusaError.Types.NOT_ALLOWED, SerialErrorCode.INVALID_TRANSITION, `Cannot undo "${input.action}" for ${list}`)
  }
  await writeStatuses(
    knex,
    input.records.map((r) => ({
      id: r.id,
      status: r.from_status,
      expected_status: r.to_status,
      warranty_starts_at: r.warranty_starts_at,
      warranty_expires_at: r.warranty_expires_at,
    }))
  )
  await insertSerialEvents(
    knex,
    input.records.map((r) => ({
      serial_number_id: r.id,
      type: SerialEventType.REVERTED,
      from_status: r.to_status,
      to_status: r.from_status,
      stock_location_id: byId.get(r.id)!.stock_location_id,
      data: { reverted_action: input.action },
      ...actorFields(input),
    }))
  )
}
