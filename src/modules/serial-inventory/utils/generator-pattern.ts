/**
 * Generator patterns for auto-numbered serials: literal text with date parts
 * `{YYYY}`, `{YY}`, `{MM}`, `{DD}` (UTC, the day of the receipt) and exactly
 * one sequence `{SEQ}` or `{SEQ:n}` (zero-padded to at least n digits),
 * e.g. `PHX-{YYYY}{MM}-{SEQ:6}`.
 *
 * The sequence counts per rendered date part: `PHX-202612-{SEQ:6}` and
 * `PHX-202701-{SEQ:6}` are separate counters, so a monthly pattern starts
 * again at 1 each month and no serial repeats.
 */
const TOKEN = /\{([A-Z]+)(?::(\d+))?\}/g
const DATE_PARTS = ["YYYY", "YY", "MM", "DD"]
const MAX_WIDTH = 12

/** Problems with a pattern, one message each (empty when it can be used). */
export function generatorPatternProblems(pattern: string): string[] {
  const problems: string[] = []
  let sequences = 0
  for (const [token, name, width] of pattern.matchAll(TOKEN)) {
    if (name === "SEQ") {
      sequences++
      if (
        width !== undefined &&
        (Number(width) < 1 || Number(width) > MAX_WIDTH)
      ) {
        problems.push(`${token} must pad to 1 to ${MAX_WIDTH} digits`)
      }
    } else if (!DATE_PARTS.includes(name) || width !== undefined) {
      problems.push(
        `${token} is not a pattern part (use {YYYY}, {YY}, {MM}, {DD}, {SEQ} or {SEQ:n})`
      )
    }
  }
  if (sequences !== 1) {
    problems.push(`needs exactly one {SEQ} or {SEQ:n} (found ${sequences})`)
  }
  if (/[{}]/.test(pattern.replace(TOKEN, ""))) {
    problems.push("has a brace that is not part of {...}")
  }
  return problems
}

function datePart(name: string, at: Date): string {
  const year = String(at.getUTCFullYear())
  switch (name) {
    case "YYYY":
      return year
    case "YY":
      return year.slice(-2)
    case "MM":
      return String(at.getUTCMonth() + 1).padStart(2, "0")
    default:
      return String(at.getUTCDate()).padStart(2, "0")
  }
}

/**
 * The pattern with its date parts filled in and the sequence left as is:
 * the key of the counter the sequence numbers come from.
 */
export function sequenceKey(pattern: string, at: Date): string {
  return pattern.replace(TOKEN, (token, name: string) =>
    name === "SEQ" ? token : datePart(name, at)
  )
}

/** Serials for sequence numbers `first` .. `first + count - 1` of a key. */
export function renderSerials(
  key: string,
  first: number,
  count: number
): string[] {
  const [, , width] = [...key.matchAll(TOKEN)].find(([, n]) => n === "SEQ")!
  const [before, after] = key.split(/\{SEQ(?::\d+)?\}/)
  const pad = Number(width ?? 1)
  return Array.from(
    { length: count },
    (_, i) => `${before}${String(first + i).padStart(pad, "0")}${after}`
  )
}
