/**
 * A quantity as `query.graph` returns it (a number, a numeric string, or a
 * BigNumber-like `{ numeric }` / `{ value }` object) as a plain number; 0
 * when absent or unreadable.
 */
export function toQuantity(value: unknown): number {
  if (value === null || value === undefined) {
    return 0
  }
  if (typeof value === "object") {
    const v = value as { numeric?: unknown; value?: unknown }
    return toQuantity(v.numeric ?? v.value)
  }
  const n = Number(value)
  return Number.isFinite(n) ? n : 0
}
