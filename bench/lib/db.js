// The bench database: a fresh `medusa_serial_bench` (BENCH_DB_NAME) on the server named by
// DATABASE_URL or DB_HOST (see scripts/lib/db-env.js), else on a throwaway embedded PostgreSQL.

const { Client } = require("pg")
const { resolveDatabase } = require("../../scripts/lib/db-env")

const DB_NAME = process.env.BENCH_DB_NAME || "medusa_serial_bench"

function redact(url) {
  const copy = new URL(url)
  if (copy.password) copy.password = "****"
  return copy.href
}

async function withClient(url, fn) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

function maintenanceUrl(url) {
  const copy = new URL(url)
  copy.pathname = "/postgres"
  return copy.href
}

async function dropDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  await withClient(maintenanceUrl(url), async (client) => {
    const ident = client.escapeIdentifier(name)
    try {
      await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`)
    } catch (err) {
      if (err.code !== "42601") throw err // PostgreSQL < 13 has no WITH (FORCE)
      await client.query(`DROP DATABASE IF EXISTS ${ident}`)
    }
  })
}

// -> { url, embedded, describe, serverVersion, settings, stop() } with a freshly created database
// (`name`, else BENCH_DB_NAME or medusa_serial_bench).
async function openBenchDatabase({ name = DB_NAME } = {}) {
  // "demo" reads DATABASE_URL, "test" reads DB_HOST; both fall back to an embedded server.
  // "test" makes the embedded one throwaway (temp data dir, fsync off).
  const db = await resolveDatabase({
    purpose: process.env.DATABASE_URL ? "demo" : "test",
  })
  const url = db.databaseUrl(name)
  try {
    await dropDatabase(url)
    await withClient(maintenanceUrl(url), (client) =>
      client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
    )
    const info = await withClient(url, async (client) => {
      const { rows } = await client.query(
        `SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync,
                current_setting('synchronous_commit') AS synchronous_commit`
      )
      return rows[0]
    })
    return {
      url,
      embedded: db.embedded,
      describe:
        `${redact(url)} (${db.embedded ? "embedded" : "external"}, PostgreSQL ${info.version}, ` +
        `fsync=${info.fsync}, synchronous_commit=${info.synchronous_commit})`,
      stop: async () => {
        if (!db.embedded && process.env.BENCH_KEEP_DB !== "1")
          await dropDatabase(url).catch(() => {})
        await db.stop()
      },
    }
  } catch (err) {
    await db.stop()
    throw err
  }
}

module.exports = { openBenchDatabase, withClient }
