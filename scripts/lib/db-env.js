// Decide which PostgreSQL the tests or the demo use: the server named by the environment
// (DB_HOST for tests, DATABASE_URL for the demo) or else an embedded one started here.
// Data dirs live outside the project root, since Medusa's file watcher restarts on changes there.

const crypto = require("crypto")
const os = require("os")
const path = require("path")
const { Client } = require("pg")
const {
  startEmbeddedPostgres,
  reachableByOthers,
  IS_ROOT,
} = require("./embedded-pg")

function testDataDir() {
  const id = `${process.pid}-${crypto.randomBytes(3).toString("hex")}`
  return path.join(os.tmpdir(), `medusa-serial-inventory-test-pg-${id}`)
}

function demoDataDir() {
  if (process.env.DEMO_PG_DIR) return path.resolve(process.env.DEMO_PG_DIR)
  const home = path.join(
    os.homedir(),
    ".cache",
    "medusa-serial-inventory",
    "demo-pg"
  )
  // As root the server runs as the `postgres` user, which usually cannot enter /root.
  if (IS_ROOT && !reachableByOthers(path.dirname(home))) {
    return path.join(os.tmpdir(), "medusa-serial-inventory-demo-pg")
  }
  return home
}

function urlFor({ host, port, user, password }, dbName) {
  const auth = password
    ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
    : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${encodeURIComponent(dbName)}`
}

function envFor(server) {
  return {
    DB_HOST: server.host,
    DB_PORT: String(server.port),
    DB_USERNAME: server.user,
    DB_PASSWORD: server.password,
    DB_WAITINGROOM_DATABASE: process.env.DB_WAITINGROOM_DATABASE || "postgres",
  }
}

function fromDbHost() {
  const server = {
    host: process.env.DB_HOST,
    port: process.env.DB_PORT || "5432",
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || "",
  }
  if (server.host !== "localhost") {
    console.warn(
      `note: Medusa's test runner turns SSL on for DB_HOST other than "localhost"`
    )
  }
  return server
}

function fromDatabaseUrl() {
  const url = new URL(process.env.DATABASE_URL)
  const server = {
    host: url.hostname,
    port: url.port || "5432",
    user: decodeURIComponent(url.username) || "postgres",
    password: decodeURIComponent(url.password),
  }
  const dbName = decodeURIComponent(url.pathname.replace(/^\//, ""))
  // Keep query options (sslmode, ...) when pointing at another database on that server.
  const databaseUrl = (name) => {
    const copy = new URL(url.href)
    copy.pathname = `/${encodeURIComponent(name)}`
    return copy.href
  }
  return { server, dbName: dbName || null, databaseUrl }
}

// -> { embedded, env, databaseUrl(dbName), dbName (demo: from DATABASE_URL, if any), stop() }
async function resolveDatabase({ purpose }) {
  if (purpose !== "test" && purpose !== "demo")
    throw new Error(`unknown purpose: ${purpose}`)
  const noop = async () => {}

  if (purpose === "test" && process.env.DB_HOST) {
    const server = fromDbHost()
    const databaseUrl = (dbName) => urlFor(server, dbName)
    return { embedded: false, env: envFor(server), databaseUrl, stop: noop }
  }
  if (purpose === "demo" && process.env.DATABASE_URL) {
    const { server, dbName, databaseUrl } = fromDatabaseUrl()
    return {
      embedded: false,
      env: envFor(server),
      databaseUrl,
      dbName,
      stop: noop,
    }
  }

  const persistent = purpose === "demo"
  const dataDir = persistent ? demoDataDir() : testDataDir()
  const pg = await startEmbeddedPostgres({ dataDir, persistent })
  return {
    embedded: true,
    dataDir,
    env: envFor(pg),
    databaseUrl: pg.url,
    dbName: null,
    stop: pg.stop,
  }
}

// Create the database behind `url` unless it exists (connects to `postgres` to create it).
async function ensureDatabase(url, maintenanceDb = "postgres") {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""))
  const probe = new Client({ connectionString: url })
  try {
    await probe.connect()
    return false
  } catch (err) {
    if (err.code !== "3D000") throw err // 3D000: database does not exist
  } finally {
    await probe.end().catch(() => {})
  }
  target.pathname = `/${maintenanceDb}`
  const admin = new Client({ connectionString: target.href })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`)
  } finally {
    await admin.end()
  }
  return true
}

module.exports = { resolveDatabase, ensureDatabase }
