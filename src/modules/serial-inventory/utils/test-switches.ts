/**
 * Test-only switches, so the negative-control tests can run the plugin's own
 * code with one guard removed (and prove that the guard is what stops a double
 * sale), and can hold an operation at a known point to make a race happen for
 * sure. They do nothing unless `NODE_ENV` is `test` and
 * `SERIAL_INVENTORY_TEST_SWITCHES` is `1` (the plugin's Jest setup sets it),
 * and they are off until a test turns them on: a store never runs with a
 * guard off. Not exported from the module's barrels.
 *
 * Tests that run the plugin in child processes (`medusa start`) set the same
 * switches through the environment, under the same two conditions:
 * `SERIAL_INVENTORY_TEST_GUARDS_OFF` lists guards (`skipRowLocks,skipStatusGuard`)
 * and `SERIAL_INVENTORY_TEST_PAUSE_MS` holds points for a time
 * (`allocate:after-candidates=250`).
 */
export const testSwitches: {
  /** Read units without `FOR UPDATE` row locks. */
  skipRowLocks: boolean
  /** Write statuses without `WHERE status = <expected>`. */
  skipStatusGuard: boolean
  /** Read tracking policies without the share lock while receiving units. */
  skipPolicyShareLock: boolean
  /** Awaited at named points inside operations (see `pauseAt`). */
  pauses: Partial<Record<TestPausePoint, () => Promise<void>>>
} = {
  skipRowLocks: false,
  skipStatusGuard: false,
  skipPolicyShareLock: false,
  pauses: {},
}

export type TestPausePoint =
  /** In a transition, after the units were read (and locked, unless skipped). */
  | "transition:after-read"
  /** In a create, after the duplicate check and the policy/template reads. */
  | "create:after-checks"
  /** In a line allocation, after the candidate units were read (and locked). */
  | "allocate:after-candidates"
  /** In a stock reconcile, before its `adjusted` events are written (after Medusa's level moved). */
  | "reconcile:before-record"

type GuardName = "skipRowLocks" | "skipStatusGuard" | "skipPolicyShareLock"

const testing = () =>
  process.env.NODE_ENV === "test" &&
  process.env.SERIAL_INVENTORY_TEST_SWITCHES === "1"

const envList = (name: string): string[] =>
  (process.env[name] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)

/** `point=ms` pairs of SERIAL_INVENTORY_TEST_PAUSE_MS. */
function envPauseMs(point: TestPausePoint): number {
  for (const entry of envList("SERIAL_INVENTORY_TEST_PAUSE_MS")) {
    const [name, ms] = entry.split("=")
    if (name === point && Number(ms) > 0) return Number(ms)
  }
  return 0
}

/** Whether a guard is switched off (always false outside tests). */
export function guardSkipped(name: GuardName): boolean {
  if (!testing()) return false
  return (
    testSwitches[name] ||
    envList("SERIAL_INVENTORY_TEST_GUARDS_OFF").includes(name)
  )
}

/** Waits on the test's pause at this point, if a test set one. */
export async function pauseAt(point: TestPausePoint): Promise<void> {
  if (!testing()) return
  const pause = testSwitches.pauses[point]
  if (pause) {
    await pause()
    return
  }
  const ms = envPauseMs(point)
  if (ms) await new Promise((resolve) => setTimeout(resolve, ms))
}

/** Puts every switch back (tests call it after each case). */
export function resetTestSwitches(): void {
  testSwitches.skipRowLocks = false
  testSwitches.skipStatusGuard = false
  testSwitches.skipPolicyShareLock = false
  testSwitches.pauses = {}
}
