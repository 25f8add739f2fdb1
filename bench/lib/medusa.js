// Runs the Medusa CLI of the repo root (a Medusa app that loads the plugin from src/) as child
// processes, each in its own process group with output in a log file: one-shot commands
// (db:migrate, exec) and the HTTP server (`medusa start`, TypeScript via the CLI's ts-node).
// stopAll() ends every process group still running, so nothing outlives the bench.

const { spawn } = require("child_process")
const fs = require("fs")
const path = require("path")
const { freePort } = require("../../scripts/lib/scratch-server")

const ROOT = path.resolve(__dirname, "..", "..")
const CLI = path.join(ROOT, "node_modules", ".bin", "medusa")
const live = new Set()

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function tail(file, lines = 40) {
  try {
    return fs
      .readFileSync(file, "utf8")
      .trimEnd()
      .split("\n")
      .slice(-lines)
      .join("\n")
  } catch {
    return "(no log)"
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0)
    return true
  } catch (err) {
    return err.code === "EPERM"
  }
}

function spawnMedusa(args, { env, logFile }) {
  const out = fs.openSync(logFile, "a")
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env,
    stdio: ["ignore", out, out],
    detached: true,
  })
  fs.closeSync(out)
  child.exited = new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }))
    child.once("error", (err) =>
      resolve({ code: 127, signal: null, error: err })
    )
  })
  live.add(child)
  child.exited.then(() => live.delete(child))
  return child
}

// SIGTERM to the whole group, SIGKILL after `graceMs`; resolves once the group is gone.
async function stopChild(child, graceMs = 10000) {
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    // Already gone.
  }
  const deadline = Date.now() + graceMs
  while (groupAlive(child.pid) && Date.now() < deadline) await sleep(100)
  if (groupAlive(child.pid)) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // Gone meanwhile.
    }
    for (let i = 0; i < 50 && groupAlive(child.pid); i++) await sleep(100)
  }
  live.delete(child)
}

async function stopAll() {
  await Promise.all([...live].map((child) => stopChild(child)))
}

async function runMedusa(title, args, { env, logFile }) {
  const started = Date.now()
  const { code, signal, error } = await spawnMedusa(args, { env, logFile })
    .exited
  if (code !== 0) {
    const why = error
      ? error.message
      : signal
        ? `signal ${signal}`
        : `exit code ${code}`
    throw new Error(
      `${title} failed (${why}). Last lines of ${logFile}:\n${tail(logFile)}`
    )
  }
  return Date.now() - started
}

async function startServer({ env, port, logFile, timeoutMs = 120000 }) {
  const child = spawnMedusa(["start"], {
    env: { ...env, PORT: String(port) },
    logFile,
  })
  const baseUrl = `http://127.0.0.1:${port}`
  let exited = null
  child.exited.then((result) => (exited = result))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(
        `medusa start exited early (${JSON.stringify(exited)}):\n${tail(logFile)}`
      )
    }
    try {
      const res = await fetch(`${baseUrl}/health`)
      await res.text()
      if (res.status === 200)
        return { child, baseUrl, stop: () => stopChild(child) }
    } catch {
      // Not listening yet.
    }
    await sleep(250)
  }
  await stopChild(child)
  throw new Error(
    `medusa start did not answer /health within ${timeoutMs} ms:\n${tail(logFile)}`
  )
}

module.exports = { ROOT, freePort, runMedusa, startServer, stopAll, tail }
