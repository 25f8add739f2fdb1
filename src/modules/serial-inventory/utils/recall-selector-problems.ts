import {
  MAX_RECALL_LIST_SIZE,
  MAX_RECALL_RANGE_SIZE,
  type SerialRecallSelector,
} from "../../../types/serial-recall"
import { parseSerialRange } from "./parse-serial-range"

const CRITERIA: (keyof SerialRecallSelector)[] = [
  "serial_range",
  "lot",
  "supplier_reference",
  "receipt_reference",
  "attribute",
  "received_from",
  "received_to",
  "serials",
  "inventory_item_ids",
]

const present = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  value !== "" &&
  !(Array.isArray(value) && !value.length)

/**
 * Every problem of a recall selector, in words: no criterion at all, a bad
 * range (shape, reversed, over 1,000,000 serials), a received window that
 * ends before it starts, a list over 100,000 serials. Empty when it is fine.
 */
export function recallSelectorProblems(
  selector: SerialRecallSelector
): string[] {
  const problems: string[] = []
  if (!CRITERIA.some((c) => present(selector[c]))) {
    problems.push(
      `a recall needs at least one criterion (${CRITERIA.join(", ")})`
    )
  }
  if (typeof selector.serial_range === "string") {
    const parsed = parseSerialRange(
      selector.serial_range,
      MAX_RECALL_RANGE_SIZE
    )
    if ("problem" in parsed) {
      problems.push(`serial_range: ${parsed.problem}`)
    }
  }
  if (
    selector.received_from &&
    selector.received_to &&
    new Date(selector.received_to) <= new Date(selector.received_from)
  ) {
    problems.push(
      `received window: received_to (${selector.received_to}) must come after received_from (${selector.received_from})`
    )
  }
  if ((selector.serials?.length ?? 0) > MAX_RECALL_LIST_SIZE) {
    problems.push(
      `serials: ${selector.serials!.length} listed; at most ${MAX_RECALL_LIST_SIZE}`
    )
  }
  return problems
}
