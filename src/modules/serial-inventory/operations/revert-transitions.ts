import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { SerialEventType } from "../../../types/serial-event-type"
import type { RevertSerialTransitionsInput } from "../../../types/serial-number-inputs"
import { insertSerialEvents, effectiveStatusEvents } from "../sql"
import { ACTION_EVENT_TYPE, canRevert, comparable, serialError } from "../utils"
import { actorFields } from "./actor-fields"
import { lockExistingSerialNumbers } from "./lock-existing-serial-numbers"
import { writeStatuses } from "./write-statuses"

/**
 * Undoes transitions (workflow compensation). A unit goes back to the status
 * and warranty dates it had only while the transition's own event is still
 * its latest status event (nothing has moved it since) and the move is the
 * inverse of a table edge; a `reverted` event records it, warranty included.
 */
export async function revertTransitions(
  knex: Knex,
  input: RevertSerialTransitionsInput
): Promise<void> {
  const serialNumbers = await lockExistingSerialNumbers(
    knex,
    input.records.map((r) => r.id)
  )
  const byId = new Map(serialNumbers.map((u) => [u.id, u]))
  const latest = await effectiveStatusEvents(
    knex,
    serialNumbers.map((u) => u.id)
  )
  // The transition's own event must still be the latest, and the record must
  // say what that event says: the log, not the caller, is the truth.
  const refused = input.records.filter((r) => {
    const event = latest.get(r.id)
    return (
      event?.id !== r.event_id ||
      event.type !== ACTION_EVENT_TYPE[input.action] ||
      event.from_status !== r.from_status ||
      event.to_status !== r.to_status ||
      !canRevert(input.action, byId.get(r.id)!.status, r.from_status)
    )
  })
  if (refused.length) {
    const list = refused
      .map((r) => `${r.serial} (${byId.get(r.id)!.status})`)
      .join(", ")
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.INVALID_TRANSITION,
      `Cannot undo "${input.action}" for ${list}: changed since, or not the transition that was made`
    )
  }
  // Warranty dates go back only if they are still what the transition wrote.
  const restoresWarranty = (
    r: RevertSerialTransitionsInput["records"][number]
  ) => {
    const serialNumber = byId.get(r.id)!
    const written = latest.get(r.id)!.data?.warranty
    return (
      !!written &&
      comparable(serialNumber.warranty_starts_at, "warranty_starts_at") ===
        comparable(written.starts_at, "warranty_starts_at") &&
      comparable(serialNumber.warranty_expires_at, "warranty_expires_at") ===
        comparable(written.expires_at, "warranty_expires_at")
    )
  }
  const targets = input.records.map((r) => {
    const serialNumber = byId.get(r.id)!
    const restore = restoresWarranty(r)
    return {
      record: r,
      starts_at: restore
        ? r.warranty_starts_at
        : serialNumber.warranty_starts_at,
      expires_at: restore
        ? r.warranty_expires_at
        : serialNumber.warranty_expires_at,
    }
  })
  await writeStatuses(
    knex,
    targets.map(({ record, starts_at, expires_at }) => ({
      id: record.id,
      status: record.from_status,
      expected_status: record.to_status,
      warranty_starts_at: starts_at,
      warranty_expires_at: expires_at,
    }))
  )
  await insertSerialEvents(
    knex,
    targets.map(({ record: r, starts_at, expires_at }) => {
      const serialNumber = byId.get(r.id)!
      return {
        serial_number_id: r.id,
        type: SerialEventType.REVERTED,
        from_status: r.to_status,
        to_status: r.from_status,
        stock_location_id: serialNumber.stock_location_id,
        data: {
          reverted_action: input.action,
          reverted_event_id: r.event_id,
          warranty: {
            from: {
              starts_at: serialNumber.warranty_starts_at,
              expires_at: serialNumber.warranty_expires_at,
            },
            to: { starts_at, expires_at },
          },
        },
        ...actorFields(input),
      }
    })
  )
}
