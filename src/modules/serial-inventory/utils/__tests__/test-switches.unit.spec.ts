import { guardSkipped, pauseAt, resetTestSwitches } from "../test-switches"

const ENV_KEYS = [
  "NODE_ENV",
  "SERIAL_INVENTORY_TEST_SWITCHES",
  "SERIAL_INVENTORY_TEST_GUARDS_OFF",
  "SERIAL_INVENTORY_TEST_PAUSE_MS",
]

describe("test switches set through the environment (child processes)", () => {
  const saved: Record<string, string | undefined> = {}
  beforeEach(() => {
    for (const key of ENV_KEYS) saved[key] = process.env[key]
    resetTestSwitches()
  })
  afterEach(() => {
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key]
      else process.env[key] = saved[key]
    }
  })

  it("switches the listed guards off in a test process only", () => {
    process.env.SERIAL_INVENTORY_TEST_GUARDS_OFF =
      "skipRowLocks, skipStatusGuard"
    process.env.NODE_ENV = "test"
    process.env.SERIAL_INVENTORY_TEST_SWITCHES = "1"
    expect(guardSkipped("skipRowLocks")).toBe(true)
    expect(guardSkipped("skipStatusGuard")).toBe(true)
    expect(guardSkipped("skipPolicyShareLock")).toBe(false)

    process.env.NODE_ENV = "production"
    expect(guardSkipped("skipRowLocks")).toBe(false)
    process.env.NODE_ENV = "test"
    delete process.env.SERIAL_INVENTORY_TEST_SWITCHES
    expect(guardSkipped("skipRowLocks")).toBe(false)
  })

  it("holds a named point for the given milliseconds, and only that point", async () => {
    process.env.NODE_ENV = "test"
    process.env.SERIAL_INVENTORY_TEST_SWITCHES = "1"
    process.env.SERIAL_INVENTORY_TEST_PAUSE_MS = "allocate:after-candidates=120"
    let started = Date.now()
    await pauseAt("allocate:after-candidates")
    expect(Date.now() - started).toBeGreaterThanOrEqual(100)
    started = Date.now()
    await pauseAt("transition:after-read")
    expect(Date.now() - started).toBeLessThan(100)

    process.env.NODE_ENV = "production"
    started = Date.now()
    await pauseAt("allocate:after-candidates")
    expect(Date.now() - started).toBeLessThan(100)
  })
})
