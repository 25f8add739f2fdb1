import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type {
  ScanSerialInboundInput,
  SerialInboundScanChange,
} from "../../../types/serial-inbound"
import {
  inboundLineTallies,
  inboundRowsBySerial,
  insertInboundSerials,
  liveUnitsBySerial,
  lockSerialInbound,
  setInboundSerialScans,
} from "../sql"
import { classifyInboundScans, scanKey, serialError } from "../utils"
import { newEntityId } from "../utils/entity-id"
import { assertInboundOpen } from "./inbound-errors"

/**
 * Records a batch of scans against an open manifest (locked, so scans of
 * one manifest queue): each is classified (`classifyInboundScans`), matched
 * and extra serials are recorded, repeats counted. A bad scan never throws;
 * a closed manifest or an unknown `line_id` does. Six statements whatever
 * the batch size. Returns the outcomes and the undo record.
 */
export async function scanSerialInbound(
  knex: Knex,
  input: ScanSerialInboundInput
): Promise<SerialInboundScanChange> {
  const inbound = await lockSerialInbound(knex, input.inbound_id)
  assertInboundOpen(inbound, "scan")
  const lines = await inboundLineTallies(knex, [inbound.id])
  if (input.line_id && !lines.some((l) => l.id === input.line_id)) {
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.INBOUND_LINE_NOT_FOUND,
      `Line ${input.line_id} is not on serial inbound ${inbound.id}`
    )
  }
  const keys = [
    ...new Set(input.serials.map(scanKey).filter((k): k is string => !!k)),
  ]
  const [rows, units] = [
    await inboundRowsBySerial(knex, inbound.id, keys),
    await liveUnitsBySerial(knex, keys),
  ]
  const classified = classifyInboundScans({
    scans: input.serials,
    line_id: input.line_id,
    lines: lines.map((l) => ({ ...l, unexpected_count: l.unexpected })),
    rows,
    units,
    item_gtins: input.item_gtins,
    newId: () => newEntityId("sinbs"),
  })
  const restored = await setInboundSerialScans(knex, classified.updates)
  await insertInboundSerials(
    knex,
    inbound.id,
    classified.inserts.map((r) => ({ ...r, expected: false }))
  )
  return {
    results: classified.results,
    undo: {
      inbound_id: inbound.id,
      inserted_ids: classified.inserts.map((r) => r.id),
      restored,
    },
  }
}
