// Two `medusa start` processes of the repo's dev store on one fresh database, sharing Redis
// (event bus, workflow engine, locking, cache: see medusa-config.ts), as a store scaled out
// would run. Built from the bench's process helpers (bench/lib): the database goes on the
// server the test runner uses (DB_HOST, embedded by default), Redis is the machine's.
import net from "net"
import path from "path"
import os from "os"
import fs from "fs"
import { Client } from "pg"

/* eslint-disable @typescript-eslint/no-require-imports */
const { openBenchDatabase } = require("../../../bench/lib/db")
const {
  freePort,
  runMedusa,
  startServer,
  stopAll,
} = require("../../../bench/lib/medusa")
/* eslint-enable @typescript-eslint/no-require-imports */

const ADMIN = { email: "race-admin@example.com", password: "race-secret" }

/** `null` when Redis answers PING at `url`, else why not. */
export async function redisUnavailable(url: string): Promise<string | null> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname || "127.0.0.1")
    const done = (why: string | null) => {
      socket.destroy()
      resolve(why)
    }
    socket.setTimeout(2000, () => done(`no answer from Redis at ${url}`))
    socket.once("error", (err) => done(`Redis at ${url}: ${err.message}`))
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (data) =>
      done(
        data.toString().startsWith("+PONG")
          ? null
          : `Redis at ${url} answered ${data}`
      )
    )
  })
}

export interface StoreProcess {
  baseUrl: string
  stop: () => Promise<void>
}

export interface TwoProcessStore {
  databaseUrl: string
  logFile: string
  /** SQL on the store's database. */
  sql: (text: string, params?: unknown[]) => Promise<any[]>
  /** (Re)starts both processes with `env` added to the base environment. */
  start: (env?: Record<string, string>) => Promise<StoreProcess[]>
  /** A bearer token for the store's admin user (valid on either process). */
  adminToken: (server: StoreProcess) => Promise<string>
  close: () => Promise<void>
}

export async function openTwoProcessStore({
  redisUrl,
  dbName,
}: {
  redisUrl: string
  dbName: string
}): Promise<TwoProcessStore> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "serial-two-process-"))
  const logFile = path.join(work, "medusa.log")
  const db = await openBenchDatabase({ name: dbName })
  const client = new Client({ connectionString: db.url })
  await client.connect()

  const base: Record<string, string | undefined> = { ...process.env }
  delete base.TEST_TYPE // the store must load its Redis modules (medusa-config.ts)
  delete base.NODE_OPTIONS
  const env = {
    ...base,
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    MEDUSA_WORKER_MODE: "shared",
    NODE_ENV: "test", // lets the negative control switch guards off (utils/test-switches.ts)
    SERIAL_INVENTORY_TEST_SWITCHES: "1",
    LOG_LEVEL: "error",
    MEDUSA_ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  await runMedusa("medusa db:migrate", ["db:migrate"], { env, logFile })
  await runMedusa(
    "medusa user",
    ["user", "-e", ADMIN.email, "-p", ADMIN.password],
    { env, logFile }
  )

  let running: StoreProcess[] = []
  async function start(extra: Record<string, string> = {}) {
    await Promise.all(running.map((s) => s.stop()))
    const ports = [await freePort(), await freePort()]
    running = await Promise.all(
      ports.map((port) =>
        startServer({ env: { ...env, ...extra }, port, logFile })
      )
    )
    return running
  }

  async function adminToken(server: StoreProcess) {
    const res = await fetch(`${server.baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
    const body: any = await res.json()
    if (!body.token) throw new Error(`admin login: ${JSON.stringify(body)}`)
    return body.token as string
  }

  return {
    databaseUrl: db.url,
    logFile,
    sql: async (text, params) => (await client.query(text, params)).rows,
    start,
    adminToken,
    close: async () => {
      await stopAll()
      await client.end().catch(() => {})
      await db.stop()
      if (process.env.KEEP_TWO_PROCESS_LOGS !== "1")
        fs.rmSync(work, { recursive: true, force: true })
    },
  }
}
