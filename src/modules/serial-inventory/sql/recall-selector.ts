import {
  MAX_RECALL_RANGE_SIZE,
  type SerialRecallSelector,
} from "../../../types/serial-recall"
import { escapeLike } from "../utils/escape-like"
import { normalizeSerial } from "../utils/normalize-serial"
import { parseSerialRange } from "../utils/parse-serial-range"
import { asJson } from "./knex"
import type { SqlFragment } from "./recall-recipients"

// Normalizes part of a serial like `normalizeSerial`, without trimming (a prefix may end in a space).
const fold = (part: string) =>
  part
    .normalize("NFKC")
    .replace(/\s+/g, " ")
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()

const chars = (text: string) => [...text].length

/**
 * The serial range as SQL, never expanded: the normalized serial starts
 * with the range's prefix and ends with its suffix, the digits between are
 * exactly the range's width when it is zero-padded (no leading zero when it
 * is not) and their value lies between the ends. Cheap on any range size.
 */
function rangeCondition(range: string): SqlFragment {
  const parsed = parseSerialRange(range, MAX_RECALL_RANGE_SIZE)
  if ("problem" in parsed) {
    // Validation refuses these before any SQL runs; match nothing rather than guess.
    return { sql: "FALSE", bindings: [] }
  }
  const { prefix, suffix, from, to, width } = parsed.range
  const p = fold(prefix)
  const s = fold(suffix)
  const middle = `substr(sn.normalized_serial, ?::int + 1, char_length(sn.normalized_serial) - ?::int)`
  const shape = width ? `^[0-9]{${width}}$` : "^(0|[1-9][0-9]{0,39})$"
  return {
    sql: `(sn.normalized_serial LIKE ? ESCAPE '\\'
      AND char_length(sn.normalized_serial) > ?::int
      AND (CASE WHEN ${middle} ~ ? THEN (${middle})::numeric END)
          BETWEEN ?::numeric AND ?::numeric)`,
    bindings: [
      `${escapeLike(p)}%${escapeLike(s)}`,
      chars(p) + chars(s),
      chars(p),
      chars(p) + chars(s),
      shape,
      chars(p),
      chars(p) + chars(s),
      from.toString(),
      to.toString(),
    ],
  }
}

/**
 * The units a recall selector covers, as a WHERE fragment on `sn`: every
 * criterion given must hold (AND), live units only. One fragment, so every
 * recall statement (preview counts, apply insert) shares it.
 */
export function recallSelectorCondition(
  selector: SerialRecallSelector
): SqlFragment {
  const parts: SqlFragment[] = [{ sql: "sn.deleted_at IS NULL", bindings: [] }]
  if (selector.serial_range) {
    parts.push(rangeCondition(selector.serial_range))
  }
  for (const column of [
    "lot",
    "supplier_reference",
    "receipt_reference",
  ] as const) {
    const value = selector[column]
    if (value) {
      parts.push({ sql: `sn.${column} = ?`, bindings: [value] })
    }
  }
  if (selector.attribute) {
    parts.push({
      sql: "sn.attributes->>? = ?",
      bindings: [selector.attribute.key, String(selector.attribute.value)],
    })
  }
  if (selector.received_from) {
    parts.push({
      sql: "sn.received_at >= ?::timestamptz",
      bindings: [selector.received_from],
    })
  }
  if (selector.received_to) {
    parts.push({
      sql: "sn.received_at < ?::timestamptz",
      bindings: [selector.received_to],
    })
  }
  if (selector.serials?.length) {
    parts.push({
      sql: "sn.normalized_serial IN (SELECT jsonb_array_elements_text(?::jsonb))",
      bindings: [asJson([...new Set(selector.serials.map(normalizeSerial))])],
    })
  }
  if (selector.inventory_item_ids?.length) {
    parts.push({
      sql: "sn.inventory_item_id = ANY(?::text[])",
      bindings: [selector.inventory_item_ids],
    })
  }
  return {
    sql: parts.map((p) => p.sql).join("\n  AND "),
    bindings: parts.flatMap((p) => p.bindings),
  }
}
