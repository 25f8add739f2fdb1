import type { CreateSerialNumberInput } from "../../../types/serial-number-inputs"
import {
  expandSerialRange,
  MAX_RANGE_SIZE,
} from "../../../modules/serial-inventory/utils/expand-serial-range"
import type {
  ReceiptUnitInput,
  ReceiveSerialNumbersInput,
} from "./receipt-input"

/** The most units one receipt takes, however they are given. */
export const MAX_RECEIPT_UNITS = MAX_RANGE_SIZE

export interface ReceiptSerialsPlan {
  /** Listed and range serials, in the order given (generated ones come later). */
  units: ReceiptUnitInput[]
  generate: number
  problems: string[]
}

/**
 * Expands a receipt's serials: listed units first, then each range, plus how
 * many to generate. Every problem is named (reversed or oversized ranges, a
 * receipt over 100,000 units, nothing to receive); duplicates are left to
 * the module, which reports them with the existing ones.
 */
export function planReceiptSerials(
  input: Pick<ReceiveSerialNumbersInput, "units" | "ranges" | "generate">
): ReceiptSerialsPlan {
  const problems: string[] = []
  const units: ReceiptUnitInput[] = [...(input.units ?? [])]
  let tooMany = units.length > MAX_RECEIPT_UNITS
  for (const range of input.ranges ?? []) {
    const expansion = expandSerialRange(range)
    if ("problem" in expansion) {
      problems.push(expansion.problem)
    } else if (units.length + expansion.serials.length > MAX_RECEIPT_UNITS) {
      tooMany = true
    } else if (!tooMany) {
      units.push(...expansion.serials.map((serial) => ({ serial })))
    }
  }
  const generate = input.generate?.count ?? 0
  const total = units.length + generate
  if (!problems.length && total === 0) {
    problems.push("a receipt needs serials, ranges or generate.count")
  }
  if (tooMany || total > MAX_RECEIPT_UNITS) {
    problems.push(`a receipt takes at most ${MAX_RECEIPT_UNITS} units`)
  }
  return { units: problems.length ? [] : units, generate, problems }
}

/** The module's create rows: shared receipt values, overridden per unit (attributes merge). */
export function receiptRows(
  input: ReceiveSerialNumbersInput,
  units: ReceiptUnitInput[],
  receiptReference: string
): CreateSerialNumberInput[] {
  const shared = {
    inventory_item_id: input.inventory_item_id,
    stock_location_id: input.stock_location_id,
    supplier_reference: input.supplier_reference ?? null,
    receipt_reference: receiptReference,
    received_at: input.received_at ?? null,
  }
  return units.map((u) => ({
    ...shared,
    serial: u.serial,
    bin_code: u.bin_code ?? input.bin_code ?? null,
    lot: u.lot ?? input.lot ?? null,
    condition_grade: u.condition_grade ?? input.condition_grade ?? null,
    condition_notes: u.condition_notes ?? input.condition_notes ?? null,
    attributes:
      input.attributes || u.attributes
        ? { ...(input.attributes ?? {}), ...(u.attributes ?? {}) }
        : null,
  }))
}
