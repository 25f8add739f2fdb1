// Measure `batch_create_10k_http`: POST /admin/serial-numbers with 10,000 new serials (two
// template attributes each), one request at a time, against a baseline taken in the same run:
// plain multi-row INSERT ... SELECT FROM unnest(...) of rows of the same shape, in a
// transaction, over `pg`, into logged scratch copies of the tables (units only, and
// units + their `received` events; the latter is the ratio baseline). Each baseline has its own
// scratch tables, so they grow by 10,000 units per round like the plugin's tables do.

const crypto = require("crypto")
const { Client } = require("pg")
const { counter, describeStatements } = require("../lib/sql-counter-client")
const { summary, ratio } = require("../lib/stats")
const {
  attributesFor,
  createScratchTables,
  sqlBatch,
  sqlRows,
} = require("../lib/unit-baseline")

const ROWS = Number(process.env.BENCH_BATCH_ROWS || 10000)
const REPS = Number(process.env.BENCH_BATCH_REPS || 5)
const TARGET_MS = 2000
const TARGET_RATIO = 5

const SCRATCH = {
  unitsOnly: { units: "bench_scratch_a_serial_number", events: null },
  unitsEvents: {
    units: "bench_scratch_b_serial_number",
    events: "bench_scratch_b_serial_event",
  },
}
const SCRATCH_TABLES =
  "bench_scratch_b_serial_event, bench_scratch_b_serial_number, bench_scratch_a_serial_number"
function httpBody(seed, prefix) {
  const serial_numbers = []
  for (let i = 0; i < ROWS; i++) {
    serial_numbers.push({
      serial: `${prefix}-${String(i).padStart(5, "0")}`,
      inventory_item_id: seed.inventory_item_id,
      stock_location_id: seed.stock_location_id,
      attributes: attributesFor(i),
    })
  }
  return JSON.stringify({ serial_numbers })
}

async function httpBatch(api, body) {
  const res = await api.expect(201, "POST", "/admin/serial-numbers", {
    body,
    admin: true,
  })
  if (!res.json || res.json.count !== ROWS) {
    throw new Error(
      `POST /admin/serial-numbers answered count ${res.json && res.json.count}, expected ${ROWS}`
    )
  }
  return res.ms
}

async function measureBatchCreate({
  api,
  seed,
  databaseUrl,
  counterPort,
  verbose,
  log,
}) {
  const tag =
    `${Date.now().toString(36)}${crypto.randomBytes(2).toString("hex")}`.toUpperCase()
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  const http = []
  const unitsOnly = []
  const unitsEvents = []
  const verboseLines = []
  const sql = counter(counterPort)
  try {
    await createScratchTables(client, Object.values(SCRATCH), SCRATCH_TABLES)
    // Round 0 warms up (route, JIT, caches) and is not recorded.
    for (let rep = 0; rep <= REPS; rep++) {
      const label = rep === 0 ? "warm-up" : `rep ${rep}/${REPS}`
      const body = httpBody(seed, `BH-${tag}-${rep}`)
      const a = sqlRows(`BS-${tag}-${rep}-U`, ROWS)
      const b = sqlRows(`BS-${tag}-${rep}-E`, ROWS)
      const runSql = async () => [
        await sqlBatch(client, seed, a, SCRATCH.unitsOnly),
        await sqlBatch(client, seed, b, SCRATCH.unitsEvents),
      ]
      // Odd rounds run SQL first, so neither side always follows the other's writes (autovacuum).
      const sqlFirst = rep % 2 === 1
      let sqlMs = sqlFirst ? await runSql() : null
      // Verbose: the server's statements of the warm-up request, with their times.
      if (rep === 0 && verbose) await sql.record(true)
      const httpMs = await httpBatch(api, body)
      if (rep === 0 && verbose) {
        const { statements } = await sql.read()
        await sql.record(false)
        verboseLines.push(
          ...describeStatements(
            `batch create of ${ROWS} (warm-up request)`,
            statements,
            httpMs
          )
        )
      }
      if (!sqlFirst) sqlMs = await runSql()
      const [unitsMs, eventsMs] = sqlMs
      log(
        `  batch ${label}: http ${httpMs.toFixed(0)} ms, sql units ${unitsMs.toFixed(0)} ms, ` +
          `sql units+events ${eventsMs.toFixed(0)} ms`
      )
      if (rep === 0) continue
      http.push(httpMs)
      unitsOnly.push(unitsMs)
      unitsEvents.push(eventsMs)
    }
  } finally {
    await client.query(`DROP TABLE IF EXISTS ${SCRATCH_TABLES}`).catch(() => {})
    await client.end().catch(() => {})
  }

  const h = summary(http)
  const u = summary(unitsOnly)
  const e = summary(unitsEvents)
  const r = ratio(h.p50, e.p50)
  const met = h.p50 <= TARGET_MS && r !== null && r <= TARGET_RATIO
  return {
    json: {
      name: "batch_create_10k_http",
      value: h.p50,
      unit: "ms",
      baseline: e.p50,
      ratio: r,
      target: `p50 <= ${TARGET_MS} ms and ratio <= ${TARGET_RATIO}`,
      met,
      p95: h.p95,
      min: h.min,
      runs: h.n,
      rows: ROWS,
      baseline_name: "batch_create_10k_sql (units+events)",
      baseline_units_only: u.p50,
      ratio_units_only: ratio(h.p50, u.p50),
    },
    rows: [
      {
        label: "batch_create_10k_http",
        unit: "ms",
        p50: h.p50,
        p95: h.p95,
        baseline: e.p50,
        ratio: r,
        target: `<= ${TARGET_MS} ms, <= ${TARGET_RATIO}x`,
        met,
        why: met ? "" : h.p50 > TARGET_MS ? "(p50)" : "(ratio)",
      },
      {
        label: "  baseline: batch_create_10k_sql units+events",
        unit: "ms",
        p50: e.p50,
        p95: e.p95,
      },
      {
        label: "  info: batch_create_10k_sql units only",
        unit: "ms",
        p50: u.p50,
        p95: u.p95,
        ratio: ratio(h.p50, u.p50),
      },
    ],
    details: [
      `batch_create_10k_http: ${h.n} sequential requests of ${ROWS} rows after 1 warm-up; ` +
        `min ${h.min.toFixed(0)} ms, p50 ${h.p50.toFixed(0)} ms, max ${h.max.toFixed(0)} ms`,
      ...verboseLines,
    ],
    notes: [
      "batch baseline: plain SQL over `pg`, BEGIN; INSERT ... SELECT FROM unnest($arrays) per table; COMMIT, " +
        "into logged scratch tables (one set per baseline, growing like the real ones) made with " +
        "(LIKE ... INCLUDING ALL) plus the event->unit foreign key " +
        "(same indexes, unique key, checks; not temp tables, which skip the WAL). The ratio uses the " +
        "units+events figure (the plugin writes both); no duplicate check or validation in the baseline. " +
        "HTTP and SQL alternate which goes first in each round.",
    ],
  }
}

module.exports = { measureBatchCreate }
