// `npm run demo`: a local store with the plugin and demo data. Uses a persistent embedded
// PostgreSQL (or DATABASE_URL), migrates, seeds, creates an admin user, then runs
// `medusa develop` until Ctrl-C. DEMO_NO_SERVE=1 stops after seeding.

const { Client } = require("pg")
const { ensureDatabase, resolveDatabase } = require("./lib/db-env")
const { run, exit, onCleanup } = require("./lib/proc")

const DB_NAME = "medusa_serial_demo"
const ADMIN_EMAIL = "admin@medusa-serial.test"
const ADMIN_PASSWORD = "supersecret"
const ADMIN_URL = "http://localhost:9000/app"

function redact(url) {
  const copy = new URL(url)
  if (copy.password) copy.password = "****"
  return copy.href
}

function box(lines) {
  const width = Math.max(...lines.map((l) => l.length))
  const border = "─".repeat(width + 4)
  return [
    `┌${border}┐`,
    ...lines.map((l) => `│  ${l.padEnd(width)}  │`),
    `└${border}┘`,
  ].join("\n")
}

// Skips `medusa user` (and its error stack) on a second run; any failure means "try anyway".
async function adminExists(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl })
  try {
    await client.connect()
    const sql = `SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL`
    return (await client.query(sql, [ADMIN_EMAIL])).rowCount > 0
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

async function step(title, command, args, env) {
  console.log(`\n▶ ${title}\n`)
  const code = await run(command, args, { env })
  if (code !== 0) throw new Error(`${title} failed (exit code ${code})`)
}

async function main() {
  const db = await resolveDatabase({ purpose: "demo" })
  onCleanup(db.stop)
  const databaseUrl = db.databaseUrl(db.dbName || DB_NAME)
  const where = db.embedded
    ? `embedded, data in ${db.dataDir}`
    : "from DATABASE_URL"
  console.log(`PostgreSQL: ${redact(databaseUrl)} (${where})`)
  if (await ensureDatabase(databaseUrl))
    console.log(`Created database ${db.dbName || DB_NAME}`)

  const env = { ...process.env, DATABASE_URL: databaseUrl }
  await step("Running migrations", "npx", ["medusa", "db:migrate"], env)
  await step(
    "Seeding demo data",
    "npx",
    ["medusa", "exec", "./src/scripts/seed-demo.ts"],
    env
  )

  if (await adminExists(databaseUrl)) {
    console.log(`\n▶ Admin user ${ADMIN_EMAIL} already exists`)
  } else {
    console.log("\n▶ Creating the admin user\n")
    const userArgs = ["medusa", "user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD]
    if ((await run("npx", userArgs, { env })) !== 0) {
      console.log(
        `(could not create ${ADMIN_EMAIL}; it most likely exists already)`
      )
    }
  }

  const serve = process.env.DEMO_NO_SERVE !== "1"
  console.log(
    "\n" +
      box([
        "Medusa serial inventory demo",
        "",
        `Admin:     ${ADMIN_URL}`,
        `Email:     ${ADMIN_EMAIL}`,
        `Password:  ${ADMIN_PASSWORD}`,
        `Database:  ${redact(databaseUrl)}`,
        "",
        serve
          ? "Starting the server... (Ctrl-C to stop)"
          : "DEMO_NO_SERVE=1: not starting the server",
      ]) +
      "\n"
  )
  if (!serve) return exit(0)

  const code = await run("npx", ["medusa", "develop"], { env })
  return exit(code)
}

main().catch((err) => {
  console.error(`\n${err && err.message ? err.message : err}`)
  exit(1)
})
