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
