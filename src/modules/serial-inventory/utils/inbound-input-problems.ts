import type { CreateSerialInboundInput } from "../../../types/serial-inbound"
import { normalizeSerial, serialProblem } from "./normalize-serial"

/** The most expected serials one manifest holds. */
export const MAX_INBOUND_SERIALS = 100_000

/**
 * Every problem with a manifest to create, named by line: an item twice, a
 * line with neither serials nor a quantity, a quantity that disagrees with
 * the serials given, bad serials, and a serial twice on the manifest.
 */
export function inboundInputProblems(
  input: CreateSerialInboundInput
): string[] {
  const problems: string[] = []
  if (!input.stock_location_id) {
    problems.push("stock_location_id is required")
  }
  if (!input.lines?.length) {
    return [...problems, "a manifest needs at least one line"]
  }
  const items = new Set<string>()
  const seen = new Map<string, number>()
  let total = 0
  input.lines.forEach((line, i) => {
    const name = `line ${i + 1}`
    if (items.has(line.inventory_item_id)) {
      problems.push(
        `${name}: item ${line.inventory_item_id} is on an earlier line`
      )
    }
    items.add(line.inventory_item_id)
    const serials = line.serials ?? []
    const quantity = line.expected_quantity
    if (!serials.length && !(Number.isInteger(quantity) && quantity! >= 1)) {
      problems.push(
        `${name}: needs serials or an expected_quantity of at least 1`
      )
    }
    if (serials.length && quantity != null && quantity !== serials.length) {
      problems.push(
        `${name}: expected_quantity ${quantity} does not match its ${serials.length} serials`
      )
    }
    total += serials.length
    serials.forEach((serial, j) => {
      const problem = serialProblem(serial)
      if (problem) {
        problems.push(
          `${name} serial ${j + 1}: ${JSON.stringify(serial)} ${problem}`
        )
        return
      }
      const key = normalizeSerial(serial)
      const first = seen.get(key)
      if (first !== undefined) {
        problems.push(
          `${name}: serial ${JSON.stringify(serial)} is already on line ${first}`
        )
      }
      seen.set(key, i + 1)
    })
  })
  if (total > MAX_INBOUND_SERIALS) {
    problems.push(`a manifest holds at most ${MAX_INBOUND_SERIALS} serials`)
  }
  return problems
}
