import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { SerialEventType } from "../../../types/serial-event-type"
import type { ReceivedSerialNumberDTO } from "../../../types/serial-records"
import type {
  CreateSerialNumberInput,
  SerialActorContext,
} from "../../../types/serial-number-inputs"
import {
  findByNormalizedSerials,
  insertSerialEvents,
  insertSerialNumbers,
} from "../sql"
import { creationError, listForMessage, serialError } from "../utils"
import { pauseAt } from "../utils/test-switches"
import { actorFields } from "./actor-fields"
import { planReceipt } from "./plan-receipt"

/**
 * Creates a batch of units with their `received` events, all-or-nothing, in
 * a constant number of statements: duplicates, policies and templates are
 * read once each, then one INSERT for the units and one for the events.
 */
export async function receiveSerialNumbers(
  knex: Knex,
  data: CreateSerialNumberInput[],
  actor: SerialActorContext
): Promise<ReceivedSerialNumberDTO[]> {
  const { rows, problems } = await planReceipt(knex, data, { lock: true })
  if (problems.length) {
    throw creationError(problems, data.length)
  }
  await pauseAt("create:after-checks")
  const created = await insertOrExplainDuplicates(knex, rows)
  const eventIds = await insertSerialEvents(
    knex,
    created.map((u) => ({
      serial_number_id: u.id,
      type: SerialEventType.RECEIVED,
      to_status: u.status,
      stock_location_id: u.stock_location_id,
      ...actorFields(actor),
    }))
  )
  return created.map((serialNumber, i) => ({
    ...serialNumber,
    received_event_id: eventIds[i],
  }))
}

async function insertOrExplainDuplicates(
  knex: Knex,
  rows: Record<string, unknown>[]
) {
  const inserted = await insertSerialNumbers(knex, rows)
  if (inserted.length === rows.length) {
    return inserted
  }
  // Other transactions took some of these serials since the duplicate check:
  // name every one of them, as stored, and let the transaction roll back.
  const done = new Set(inserted.map((u) => u.id))
  const lostRows = rows.filter((r) => !done.has(r.id as string))
  const stored = new Map(
    (
      await findByNormalizedSerials(
        knex,
        lostRows.map((r) => r.normalized_serial as string)
      )
    ).map((s) => [s.normalized_serial, s])
  )
  const lost = lostRows.map((r) => {
    const clash = stored.get(r.normalized_serial as string)
    const as = clash
      ? ` (stored as ${JSON.stringify(clash.serial)}, ${clash.id})`
      : ""
    return `${JSON.stringify(r.serial)}${as}`
  })
  throw serialError(
    MedusaError.Types.DUPLICATE_ERROR,
    SerialErrorCode.DUPLICATE,
    `${lost.length} of ${rows.length} serial numbers were created concurrently by another request, nothing was written: ${listForMessage(lost)}`
  )
}
