import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  SerialInboundLineMode,
  type SerialInboundLineCounts,
} from "../../../types/serial-inbound"
import type { SerialAttributeValues } from "../../../types/template-attribute"
import { listForMessage } from "../utils"

export interface ScannedInboundRow {
  line_id: string
  inventory_item_id: string
  serial: string
  expected: boolean
  attributes: SerialAttributeValues | null
}

/** A manifest's scanned serials with their line's item and attributes, in scan order: one statement. */
export async function scannedInboundRows(
  knex: Knex,
  inboundId: string
): Promise<ScannedInboundRow[]> {
  const result = await knex.raw(
    `SELECT s.line_id, l.inventory_item_id, s.serial, s.expected, l.attributes
     FROM serial_inbound_serial s
     JOIN serial_inbound_line l ON l.id = s.line_id
     WHERE s.inbound_id = ? AND s.deleted_at IS NULL AND s.scan_count > 0
     ORDER BY s.scanned_at, s.id`,
    [inboundId]
  )
  return result.rows
}

/**
 * The extra scans per line, for an error message: a pre-entered line's
 * unexpected serials; a quantity line's scans past its quantity.
 */
export function inboundExtras(
  counts: SerialInboundLineCounts[],
  scanned: ScannedInboundRow[]
): string[] {
  return counts
    .filter((c) => c.extra > 0)
    .map((c) => {
      const onLine = scanned.filter((r) => r.line_id === c.line_id)
      const extra =
        c.mode === SerialInboundLineMode.QUANTITY
          ? onLine.slice(c.expected)
          : onLine.filter((r) => !r.expected)
      return `line ${c.line_id} (item ${c.inventory_item_id}) ${c.extra} extra: ${listForMessage(extra.map((r) => r.serial))}`
    })
}
