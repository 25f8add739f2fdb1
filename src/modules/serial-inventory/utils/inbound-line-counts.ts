import {
  SerialInboundLineMode,
  type SerialInboundLineCounts,
} from "../../../types/serial-inbound"

/** A line with what its rows hold, as one statement reads it. */
export interface InboundLineTally {
  id: string
  inventory_item_id: string
  mode: SerialInboundLineMode
  expected_quantity: number
  confirmed_quantity: number | null
  /** Pre-entered serials scanned. */
  scanned_expected: number
  /** Live unexpected rows: a quantity line's serials, a pre-entered line's extras. */
  unexpected: number
}

/**
 * A line's live counts. Pre-entered line: expected serials, how many were
 * scanned (matched), the rest missing, unexpected scans extra. Quantity
 * line: every scanned serial counts up to the expected quantity (matched),
 * the ones over it are extra.
 */
export function inboundLineCounts(
  line: InboundLineTally
): SerialInboundLineCounts {
  const expected = line.expected_quantity
  const quantity = line.mode === SerialInboundLineMode.QUANTITY
  const matched = quantity
    ? Math.min(line.unexpected, expected)
    : line.scanned_expected
  const extra = quantity
    ? Math.max(line.unexpected - expected, 0)
    : line.unexpected
  return {
    line_id: line.id,
    inventory_item_id: line.inventory_item_id,
    mode: line.mode,
    expected,
    scanned: matched + extra,
    matched,
    missing: Math.max(expected - matched, 0),
    extra,
    confirmed_quantity: line.confirmed_quantity,
  }
}
