/** Gates that hold concurrent operations at a known point, so a race really happens. */

/**
 * A gate for `n` callers: each waits until all `n` have arrived (or 10 s
 * passed, so a broken test fails on its assertions instead of hanging).
 * `arrived` tells whether the race really happened.
 */
export function barrier(n: number) {
  let release: () => void = () => undefined
  const all = new Promise<void>((resolve) => (release = resolve))
  const state = { arrived: 0 }
  const wait = async () => {
    state.arrived++
    if (state.arrived >= n) {
      release()
    }
    await Promise.race([all, new Promise((r) => setTimeout(r, 10000))])
  }
  return { wait, state }
}

/** A gate the test opens itself; `reached` resolves once a caller waits at it. */
export function gate() {
  let open: () => void = () => undefined
  let reach: () => void = () => undefined
  const opened = new Promise<void>((resolve) => (open = resolve))
  const reached = new Promise<void>((resolve) => (reach = resolve))
  return {
    wait: async () => {
      reach()
      await opened
    },
    reached,
    open: () => open(),
  }
}

/**
 * Polls until `n` sessions of the test database wait on another one's lock
 * (proof that they overlap), for 5 s at most; returns how many it saw. Row
 * lock waiters queue behind each other, so "blocked by anyone" is counted,
 * not "blocked by the holder".
 */
export async function waitUntilBlocked(
  raw: (sql: string) => Promise<any[]>,
  n: number
): Promise<number> {
  let blocked = 0
  for (let i = 0; i < 200 && blocked < n; i++) {
    await new Promise((r) => setTimeout(r, 25))
    blocked = (
      await raw(
        "select count(*)::int as n from pg_stat_activity where datname = current_database() and cardinality(pg_blocking_pids(pid)) > 0"
      )
    )[0].n
  }
  return blocked
}
