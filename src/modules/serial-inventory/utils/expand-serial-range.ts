import { parseSerialRange } from "./parse-serial-range"

/** The most serials one range (or one receipt) may produce. */
export const MAX_RANGE_SIZE = 100000

export type RangeExpansion = { serials: string[] } | { problem: string }

/**
 * Expands `SN-0001..SN-0500` into each serial from first to last. Both ends
 * share the text around a run of digits; zero padding is kept (`SN-0001`
 * gives `SN-0002`), an unpadded start grows naturally (`A9..A11`). A
 * reversed range or one longer than 100,000 is a problem, not a guess (the
 * rules of `parseSerialRange`, which recalls share).
 */
export function expandSerialRange(range: string): RangeExpansion {
  const parsed = parseSerialRange(range, MAX_RANGE_SIZE)
  if ("problem" in parsed) {
    return parsed
  }
  const { prefix, suffix, from, to, width } = parsed.range
  const serials: string[] = []
  for (let n = from; n <= to; n++) {
    serials.push(`${prefix}${n.toString().padStart(width ?? 1, "0")}${suffix}`)
  }
  return { serials }
}
