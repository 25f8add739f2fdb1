// Child-process plumbing shared by scripts/test.js and scripts/demo.js: run a command with
// inherited stdio in its own process group, and on SIGINT/SIGTERM/SIGHUP signal that whole group
// (npx -> sh -> jest/medusa: npm does not pass SIGTERM down to the grandchild), wait for it, run
// the cleanup callbacks (stop Postgres) and exit. Always leave through `exit()`.

const { spawn } = require("child_process")
const os = require("os")

const cleanups = []
let current = null
let exiting = null
let signalled = null
const GROUPS = process.platform !== "win32"

function onCleanup(fn) {
  cleanups.push(fn)
}

async function runCleanups() {
  while (cleanups.length) {
    const fn = cleanups.pop()
    try {
      await fn()
    } catch (err) {
      console.error(`cleanup failed: ${err && err.message}`)
    }
  }
}

// Exits with `code`, or 128 + signal number once a signal was received.
function exit(code) {
  if (signalled) code = 128 + os.constants.signals[signalled]
  exiting = exiting || runCleanups().then(() => process.exit(code))
  return exiting
}

// Resolves with the exit code (128 + signal number when the child was killed).
function run(command, args, { env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env,
      detached: GROUPS,
    })
    current = child
    const done = (code) => {
      if (current === child) current = null
      resolve(code)
    }
    child.on("error", (err) => {
      console.error(`could not start ${command}: ${err.message}`)
      done(127)
    })
    child.on("close", (code, signal) => {
      done(code !== null ? code : 128 + (os.constants.signals[signal] || 0))
    })
  })
}

function alive(child) {
  return !!child && child.exitCode === null && child.signalCode === null
}

// Signals the child's whole process group; true if anything received it.
function signalChild(child, signal) {
  try {
    if (GROUPS) process.kill(-child.pid, signal)
    else child.kill(signal)
    return true
  } catch {
    return false // Already gone.
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function waitForChild(child, ms) {
  if (!alive(child)) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    child.once("close", () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

async function onSignal(signal) {
  if (signalled) return
  signalled = signal
  console.error(`\nReceived ${signal}, shutting down...`)
  const child = current
  if (child && signalChild(child, signal)) {
    await waitForChild(child, 15000)
    // Grandchildren (jest, the medusa server) may outlive npx by a moment.
    for (let i = 0; i < 50 && signalChild(child, 0); i++) await sleep(100)
    signalChild(child, "SIGKILL")
  }
  exit(1)
}

// Last resort (e.g. an exception thrown past main): don't leave the child group running.
process.on("exit", () => {
  if (alive(current)) signalChild(current, "SIGTERM")
})

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"])
  process.on(signal, () => onSignal(signal))

module.exports = { run, exit, onCleanup }
