/**
 * Test-only switches, so the negative-control tests can run the plugin's own
 * code with one guard removed (and prove that the guard is what stops a double
 * sale), and can hold an operation at a known point to make a race happen for
 * sure. They do nothing unless `NODE_ENV` is `test` and
 * `SERIAL_INVENTORY_TEST_SWITCHES` is `1` (the plugin's Jest setup sets it),
 * and they are off until a test turns them on: a store never runs with a
 * guard off. Not exported from the module's barrels.
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

const testing = () =>
  process.env.NODE_ENV === "test" &&
  process.env.SERIAL_INVENTORY_TEST_SWITCHES === "1"

/** Whether a guard is switched off (always false outside tests). */
export function guardSkipped(
  name: "skipRowLocks" | "skipStatusGuard" | "skipPolicyShareLock"
): boolean {
  return testing() && testSwitches[name]
}

/** Waits on the test's pause at this point, if a test set one. */
export async function pauseAt(point: TestPausePoint): Promise<void> {
  const pause = testing() ? testSwitches.pauses[point] : undefined
  if (pause) {
    await pause()
  }
}

/** Puts every switch back (tests call it after each case). */
export function resetTestSwitches(): void {
  testSwitches.skipRowLocks = false
  testSwitches.skipStatusGuard = false
  testSwitches.skipPolicyShareLock = false
  testSwitches.pauses = {}
}
