// A store with the admin dashboard for the browser tests: a fresh database on the test
// runner's PostgreSQL, migrated, with the demo seed (`src/scripts/seed-demo.ts`) and an admin
// user, served by `medusa start` in development mode (the dashboard through Vite with a cache
// of its own, the plugin's admin extensions from `src/admin`). Built from the bench's process
// helpers (bench/lib). Plain JS so a developer can also start one by hand:
//   node -e 'require("./integration-tests/browser/helpers/admin-store").openAdminStore("x").then(s => console.log(s.baseUrl))'

const fs = require("fs")
const os = require("os")
const path = require("path")
const { openBenchDatabase } = require("../../../bench/lib/db")
const {
  freePort,
  runMedusa,
  startServer,
  stopAll,
} = require("../../../bench/lib/medusa")

const ADMIN = {
  email: "admin@medusa-serial.test",
  password: "supersecret",
}

/** -> { baseUrl, logFile, adminToken(), close() } */
async function openAdminStore(dbName) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "serial-browser-"))
  const logFile = path.join(work, "medusa.log")
  const db = await openBenchDatabase({ name: dbName })
  const base = { ...process.env }
  delete base.TEST_TYPE // else medusa-config disables the admin
  delete base.NODE_OPTIONS
  delete base.MEDUSA_ADMIN_DISABLED
  const port = await freePort()
  const env = {
    ...base,
    MEDUSA_BACKEND_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: db.url,
    NODE_ENV: "development",
    LOG_LEVEL: "error",
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_ADMIN_VITE_CACHE_DIR: path.join(work, "vite"),
  }
  try {
    await runMedusa("medusa db:migrate", ["db:migrate"], { env, logFile })
    await runMedusa("demo seed", ["exec", "./src/scripts/seed-demo.ts"], {
      env,
      logFile,
    })
    await runMedusa(
      "medusa user",
      ["user", "-e", ADMIN.email, "-p", ADMIN.password],
      { env, logFile }
    )
    const server = await startServer({
      env,
      port,
      logFile,
      timeoutMs: 240000,
    })
    return {
      baseUrl: server.baseUrl,
      logFile,
      adminToken: async () => {
        const res = await fetch(`${server.baseUrl}/auth/user/emailpass`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(ADMIN),
        })
        const body = await res.json()
        if (!body.token) throw new Error(`admin login: ${JSON.stringify(body)}`)
        return body.token
      },
      close: async () => {
        await stopAll()
        await db.stop()
        if (process.env.KEEP_BROWSER_LOGS !== "1")
          fs.rmSync(work, { recursive: true, force: true })
      },
    }
  } catch (err) {
    await stopAll()
    await db.stop()
    throw err
  }
}

module.exports = { ADMIN, openAdminStore }
