import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import {
  SerialInboundLineMode,
  type CreateSerialInboundInput,
} from "../../../types/serial-inbound"
import { SerialTrackingMode } from "../../../types/tracking-policy"
import { insertInboundSerials, loadPolicies } from "../sql"
import {
  assertNoNul,
  cleanSerial,
  inboundInputProblems,
  listForMessage,
  normalizeSerial,
  serialError,
} from "../utils"
import { newEntityId } from "../utils/entity-id"
import { inboundInvalid } from "./inbound-errors"

/**
 * Creates an open manifest with its lines and pre-entered serials: three
 * inserts whatever the size. Refuses (`serial_inbound_invalid`) naming every
 * bad line, and (`serial_tracking_disabled`) items not tracked `full`.
 * Returns the manifest id.
 */
export async function createSerialInbound(
  knex: Knex,
  input: CreateSerialInboundInput
): Promise<string> {
  const problems = inboundInputProblems(input)
  if (problems.length) {
    throw inboundInvalid(
      `Manifest refused, nothing was written: ${problems.join("; ")}`
    )
  }
  const { lines, ...header } = input
  assertNoNul(
    { ...header, lines: lines.map((l) => l.attributes ?? null) },
    "Manifest"
  )
  const itemIds = lines.map((l) => l.inventory_item_id)
  const full = new Set(
    (await loadPolicies(knex, itemIds, { lock: true }))
      .filter((p) => p.mode === SerialTrackingMode.FULL)
      .map((p) => p.inventory_item_id)
  )
  const untracked = itemIds.filter((id) => !full.has(id))
  if (untracked.length) {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.TRACKING_DISABLED,
      `Not tracked "full", a manifest takes full-tracked items only: ${listForMessage(untracked)}`
    )
  }
  const id = newEntityId("sinb")
  await knex("serial_inbound").insert({
    id,
    stock_location_id: header.stock_location_id,
    reference: header.reference ?? null,
    supplier_reference: header.supplier_reference ?? null,
    metadata: header.metadata ?? null,
    status: "open",
  })
  const lineRows = lines.map((l) => ({
    id: newEntityId("sinbl"),
    inbound_id: id,
    inventory_item_id: l.inventory_item_id,
    mode: l.serials?.length
      ? SerialInboundLineMode.SERIALS
      : SerialInboundLineMode.QUANTITY,
    expected_quantity: l.serials?.length || l.expected_quantity!,
    attributes: l.attributes ?? null,
  }))
  await knex("serial_inbound_line").insert(lineRows)
  await insertInboundSerials(
    knex,
    id,
    lines.flatMap((l, i) =>
      (l.serials ?? []).map((serial) => ({
        id: newEntityId("sinbs"),
        line_id: lineRows[i].id,
        serial: cleanSerial(serial),
        normalized_serial: normalizeSerial(serial),
        expected: true,
        scan_count: 0,
      }))
    )
  )
  return id
}

/** Takes back a manifest just created (compensation): rows, lines, header, while still open. */
export async function deleteCreatedSerialInbound(
  knex: Knex,
  id: string
): Promise<void> {
  const open = await knex("serial_inbound")
    .where({ id, status: "open" })
    .forUpdate()
    .first("id")
  if (!open) {
    return
  }
  await knex("serial_inbound_serial").where({ inbound_id: id }).delete()
  await knex("serial_inbound_line").where({ inbound_id: id }).delete()
  await knex("serial_inbound").where({ id }).delete()
}
