// `npm run bench`: performance figures for the plugin, each with a baseline from the same run.
// Creates a fresh database (embedded PostgreSQL unless DATABASE_URL or DB_HOST names a server),
// migrates and seeds it, starts `medusa start` from the TypeScript sources with a SQL statement
// counter preloaded, runs the measures, prints a table and one JSON line per measure, and stops
// everything it started. Progress goes to stderr, results to stdout. Exits 0 unless the bench
// itself broke (targets are reported as PASS/MISS, never as a failure).
// Knobs: BENCH_VERBOSE=1, BENCH_KEEP_LOGS=1, BENCH_BATCH_REPS, BENCH_LOOKUP_SECONDS, ... (README).

const fs = require("fs")
const os = require("os")
const path = require("path")
const { exit, onCleanup } = require("../scripts/lib/proc")
const { formatError } = require("../scripts/lib/embedded-pg")
const { openBenchDatabase, withClient } = require("./lib/db")
const { createClient } = require("./lib/http")
const {
  ROOT,
  freePort,
  runMedusa,
  startServer,
  stopAll,
} = require("./lib/medusa")
const { printReport } = require("./lib/report")
const { measureBatchCreate } = require("./measures/batch-create")
const { measureReceive } = require("./measures/receive")
const { measureWarrantyLookup } = require("./measures/warranty-lookup")
const { measureSqlStatements } = require("./measures/sql-statements")
const {
  measureWarrantyRateLimit,
  RATE_LIMITED_OPTIONS,
} = require("./measures/warranty-rate-limit")
const { measureCartCompletion } = require("./measures/cart-completion")
const {
  measureAllocationThroughput,
} = require("./measures/allocation-throughput")
const { measureFulfillment } = require("./measures/fulfillment")
const { measureCsvImport } = require("./measures/csv-import")
const { measureRecall } = require("./measures/recall")
const { measureTraceability } = require("./measures/traceability")
const { measureEventExport } = require("./measures/event-export")

// Measures run in this order; each returns { json, rows, details, notes } (see lib/report.js).
// BENCH_ONLY=name,name (titles' first words, e.g. `cart,allocations`) runs a subset.
// A new benchmark joins by adding an entry here.
const MEASURES = [
  { title: "batch create", run: measureBatchCreate },
  { title: "receive 10k with stock", run: measureReceive },
  { title: "warranty lookups vs /store/regions", run: measureWarrantyLookup },
  { title: "SQL statements per request", run: measureSqlStatements },
  {
    title: "warranty lookups under the rate limiter vs without",
    run: measureWarrantyRateLimit,
  },
  // Order flow: these share one selling store (bench/lib/order-store.js, built on first use).
  {
    title: "cart completion, tracked vs untracked",
    run: measureCartCompletion,
  },
  {
    title: "allocations on one hot item, concurrent",
    run: measureAllocationThroughput,
  },
  {
    title: "fulfillment of 100 units, tracked vs untracked",
    run: measureFulfillment,
  },
  { title: "import of 100,000 units by CSV", run: measureCsvImport },
  {
    title: "recall of 100,000 units: preview, apply, close",
    run: measureRecall,
  },
  { title: "traceability of a 100,000-unit lot", run: measureTraceability },
  {
    title: "event_export_1m events as CSV, JSON lines, EPCIS",
    run: measureEventExport,
  },
]

const VERBOSE = process.env.BENCH_VERBOSE === "1"
const started = Date.now()
const loadAtStart = os.loadavg()
const log = (message) => process.stderr.write(`${message}\n`)
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

function serverEnv(databaseUrl) {
  const env = { ...process.env }
  delete env.TEST_TYPE
  delete env.NODE_OPTIONS
  return {
    ...env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "development",
    LOG_LEVEL: "error",
    MEDUSA_ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    // The warranty rate limiter on, with limits the load never reaches (see the measure).
    SERIAL_INVENTORY_OPTIONS: JSON.stringify(RATE_LIMITED_OPTIONS),
  }
}

// Fails fast, before any timing, if the server or the seed is not what the measures expect.
async function smokeTest(api, seed) {
  await api.expect(200, "GET", "/store/regions", { store: true })
  const sold = await api.expect(
    200,
    "GET",
    `/store/serial-numbers/${seed.sold_serials[0]}/warranty`,
    { store: true }
  )
  const w = sold.json && sold.json.warranty
  if (!w || w.status !== "active" || !w.product_title) {
    throw new Error(
      `warranty lookup of a sold unit is not active: ${sold.text.slice(0, 300)}`
    )
  }
}

// Between measures (the batch inserts 100k+ rows): fresh statistics and a checkpoint, so that
// autovacuum and checkpoints are less likely to land in the next measurements.
async function settle(databaseUrl) {
  await withClient(databaseUrl, async (client) => {
    await client.query("VACUUM ANALYZE serial_number")
    await client.query("VACUUM ANALYZE serial_event")
    await client.query("CHECKPOINT").catch(() => {}) // needs superuser or pg_checkpoint
  })
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-serial-bench-"))
  const logFile = path.join(work, "medusa.log")
  onCleanup(async () => {
    if (process.env.BENCH_KEEP_LOGS === "1") log(`logs kept in ${work}`)
    else fs.rmSync(work, { recursive: true, force: true })
  })

  log(`▶ PostgreSQL (${elapsed()})`)
  const db = await openBenchDatabase()
  onCleanup(db.stop)
  log(`  ${db.describe}`)
  const env = serverEnv(db.url)

  log(`▶ medusa db:migrate (${elapsed()})`)
  await runMedusa("medusa db:migrate", ["db:migrate"], { env, logFile })
  log(`▶ seeding (${elapsed()})`)
  const seedFile = path.join(work, "seed.json")
  await runMedusa("seeding", ["exec", "./bench/seed-bench.ts"], {
    env: { ...env, BENCH_SEED_OUT: seedFile },
    logFile,
  })
  const seed = JSON.parse(fs.readFileSync(seedFile, "utf8"))

  log(`▶ medusa start (${elapsed()})`)
  const port = await freePort()
  const counterPort = await freePort()
  onCleanup(stopAll)
  const server = await startServer({
    env: {
      ...env,
      // BENCH_SERVER_NODE_OPTIONS: extra flags for the server (e.g. --max-old-space-size=700).
      NODE_OPTIONS: [
        `--require ${JSON.stringify(path.join(__dirname, "sql-counter.js"))}`,
        process.env.BENCH_SERVER_NODE_OPTIONS,
      ]
        .filter(Boolean)
        .join(" "),
      BENCH_SQL_COUNTER_PORT: String(counterPort),
    },
    port,
    logFile,
  })
  const api = createClient(server.baseUrl, {
    secretKey: seed.secret_key,
    publishableKey: seed.publishable_key,
  })
  await smokeTest(api, seed)

  const ctx = {
    api,
    seed,
    databaseUrl: db.url,
    counterPort,
    verbose: VERBOSE,
    log,
    // For measures that run `medusa exec` scripts of their own (same env and log as the server).
    env,
    logFile,
    work,
    // The server's process group, for memory figures.
    serverPid: server.child.pid,
    // How the server was started, for measures that start a second one to compare with.
    serverEnv: {
      ...env,
      NODE_OPTIONS: `--require ${JSON.stringify(path.join(__dirname, "sql-counter.js"))}`,
    },
  }
  const results = []
  const only = (process.env.BENCH_ONLY || "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
  const selected = only.length
    ? MEASURES.filter((m) => only.includes(m.title.split(" ")[0].toLowerCase()))
    : MEASURES
  for (const measure of selected) {
    log(`▶ ${measure.title} (${elapsed()})`)
    results.push(await measure.run(ctx))
    await settle(db.url)
  }

  await server.stop()
  log(`▶ done (${elapsed()})\n`)
  const cpus = os.cpus()
  const load = (l) => l.map((x) => x.toFixed(2)).join(" ")
  printReport(results, {
    header: [
      `medusa-serial-inventory bench, ${new Date().toISOString()}`,
      `node ${process.version}, ${cpus.length} x ${cpus[0] ? cpus[0].model.trim() : "cpu"}, ` +
        `load avg at start ${load(loadAtStart)}, at end ${load(os.loadavg())}`,
      `database: ${db.describe}`,
      `server: medusa start from ${ROOT} (TypeScript sources via the CLI's ts-node)`,
    ],
  })
  return exit(0)
}

main().catch((err) => {
  log(`\nbench failed: ${formatError(err)}`)
  exit(1)
})
