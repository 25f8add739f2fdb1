/** The most serials one range (or one receipt) may produce. */
export const MAX_RANGE_SIZE = 100000

const ENDS = /^(.*?)(\d+)(\D*)$/

export type RangeExpansion = { serials: string[] } | { problem: string }

/**
 * Expands `SN-0001..SN-0500` into each serial from first to last. Both ends
 * share the text around a run of digits; zero padding is kept (`SN-0001`
 * gives `SN-0002`), an unpadded start grows naturally (`A9..A11`). A
 * reversed range or one longer than 100,000 is a problem, not a guess.
 */
export function expandSerialRange(range: string): RangeExpansion {
  const parts = range.split("..")
  if (parts.length !== 2 || !parts[0].trim() || !parts[1].trim()) {
    return { problem: `range "${range}" must look like FIRST..LAST` }
  }
  const [first, last] = parts.map((p) => p.trim())
  const a = ENDS.exec(first)
  const b = ENDS.exec(last)
  if (!a || !b || a[1] !== b[1] || a[3] !== b[3]) {
    return {
      problem: `range "${range}": both ends need the same text around one number (e.g. SN-0001..SN-0500)`,
    }
  }
  const padded = a[2].length > 1 && a[2].startsWith("0")
  if (padded && b[2].length !== a[2].length) {
    return {
      problem: `range "${range}": zero-padded ends must have the same number of digits`,
    }
  }
  const from = BigInt(a[2])
  const to = BigInt(b[2])
  if (to < from) {
    return {
      problem: `range "${range}" is reversed (${last} comes before ${first})`,
    }
  }
  const size = to - from + 1n
  if (size > BigInt(MAX_RANGE_SIZE)) {
    return {
      problem: `range "${range}" holds ${size} serials; at most ${MAX_RANGE_SIZE} per range`,
    }
  }
  const width = padded ? a[2].length : 1
  const serials: string[] = []
  for (let n = from; n <= to; n++) {
    serials.push(`${a[1]}${n.toString().padStart(width, "0")}${a[3]}`)
  }
  return { serials }
}
