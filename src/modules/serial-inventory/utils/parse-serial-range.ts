const ENDS = /^(.*?)(\d+)(\D*)$/

/** A range's shape: the text around one number, its bounds and its padding. */
export interface SerialRangeShape {
  first: string
  last: string
  prefix: string
  suffix: string
  from: bigint
  to: bigint
  /** Digits of a zero-padded range (every serial has exactly this many), else null. */
  width: number | null
  size: bigint
}

export type SerialRangeParse = { range: SerialRangeShape } | { problem: string }

/**
 * Reads `FIRST..LAST` (`SN-0001..SN-0500`) with the rules receipts use: both
 * ends share the text around one run of digits, zero-padded ends have the
 * same number of digits (padding is kept), a reversed range or one holding
 * more than `max` serials is a problem, not a guess. Nothing is expanded.
 */
export function parseSerialRange(range: string, max: number): SerialRangeParse {
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
  if (size > BigInt(max)) {
    return {
      problem: `range "${range}" holds ${size} serials; at most ${max} per range`,
    }
  }
  return {
    range: {
      first,
      last,
      prefix: a[1],
      suffix: a[3],
      from,
      to,
      width: padded ? a[2].length : null,
      size,
    },
  }
}
