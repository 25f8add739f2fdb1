import { getHeapStatistics, setFlagsFromString } from "v8"
import { runInNewContext } from "vm"

let collect: (() => void) | null | undefined

/**
 * The garbage collector as a function: Node's own `global.gc` when the
 * process was started with `--expose-gc`, else one taken from a fresh V8
 * context after turning the flag on (the flag only makes `gc` visible to
 * contexts created later; it changes nothing else). Null where neither
 * works.
 */
function collector(): (() => void) | null {
  if (collect !== undefined) return collect
  const exposed = (globalThis as { gc?: () => void }).gc
  if (typeof exposed === "function") return (collect = exposed)
  try {
    setFlagsFromString("--expose-gc")
    const gc = runInNewContext("gc") as unknown
    collect = typeof gc === "function" ? (gc as () => void) : null
  } catch {
    collect = null
  }
  return collect
}

const heapUsed = () => getHeapStatistics().used_heap_size

/** A full garbage collection now (nothing where the collector cannot be reached). */
export function reclaimMemory(): void {
  collector()?.()
}

/**
 * Keeps a long pass (an import's check and write passes, an export
 * streaming a million events) from
 * growing the process by more than about `budgetBytes` of garbage. V8 lets
 * its old generation grow to a multiple of what is live before it collects,
 * and rows held across a chunk's database round trips outlive the young
 * generation, so chunk after chunk a 100,000-row import left hundreds of MB
 * of garbage resident. `check()`, called between chunks, runs a full
 * collection once the heap has grown by the budget since the last one (a
 * pause of some hundreds of ms in the process running the import, a few
 * times per 100,000 rows); what stays live after it is the new base.
 */
export function memoryBudget(
  budgetBytes: number,
  collect: () => void = reclaimMemory
): { check(): void } {
  let base = heapUsed()
  return {
    check() {
      if (heapUsed() - base < budgetBytes) return
      collect()
      base = heapUsed()
    },
  }
}

/** Garbage a long pass (an import pass, an export) may leave before it collects (see `memoryBudget`). */
export const LONG_PASS_GARBAGE_BUDGET = 96 * 1024 * 1024
