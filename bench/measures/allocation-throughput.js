// Measure `allocations_hot_item_concurrent`: allocations per second on one hot `full` item
// with BENCH_ALLOC_CONCURRENCY (50) callers at a time, each allocating one unit to one order
// line. Runs bench/allocate-concurrent.ts with `medusa exec` (the app in-process, its real
// PostgreSQL pool; the HTTP server stays up, idle): what the order.placed subscriber awaits per
// event (allocatePlacedOrder, which batches orders placed while earlier runs are busy into one
// workflow run) on real orders with reservations (headline), the workflow once per order unbatched, the
// module method alone, and a plain-SQL baseline doing the same job over the same pool. Medusa
// calls the subscriber once per event; calling its body per order, 50 at a time, is what a
// burst of 50 checkouts makes it do.

const fs = require("fs")
const path = require("path")
const { orderStore } = require("../lib/order-store")
const { freePort, runMedusa } = require("../lib/medusa")
const { describeStatements } = require("../lib/sql-counter-client")
const { summary, ratio } = require("../lib/stats")

const LINES = Number(process.env.BENCH_ALLOC_LINES || 500)
const ROUNDS = Number(process.env.BENCH_ALLOC_ROUNDS || 2)
const WARMUP = Number(process.env.BENCH_ALLOC_WARMUP || 100)
const CONCURRENCY = Number(process.env.BENCH_ALLOC_CONCURRENCY || 50)
const TARGET_PER_S = 200

function pooled(runs, side) {
  const mine = runs.filter((r) => r.side === side && r.round > 0)
  const latencies = mine.flatMap((r) => r.latencies)
  const allocated = mine.reduce((n, r) => n + r.allocated, 0)
  const calls = mine.reduce((n, r) => n + r.lines, 0)
  const seconds = mine.reduce((s, r) => s + r.wallMs, 0) / 1000
  const busy = mine.flatMap((r) => r.busy)
  return {
    ...summary(latencies),
    allocated,
    perSecond: allocated / seconds,
    callsPerSecond: calls / seconds,
    rounds: mine.map((r) => (r.lines / r.wallMs) * 1000),
    busyMax: busy.length ? Math.max(...busy) : null,
    busyMean: busy.length
      ? busy.reduce((a, b) => a + b, 0) / busy.length
      : null,
  }
}

async function measureAllocationThroughput(ctx) {
  const { env, logFile, work, databaseUrl, log, verbose } = ctx
  const { store, hot } = await orderStore(ctx)
  const inFile = path.join(work, "alloc-in.json")
  const outFile = path.join(work, "alloc-out.json")
  fs.writeFileSync(
    inFile,
    JSON.stringify({
      inventory_item_id: hot.inventoryItemId,
      variant_id: hot.variantId,
      location_id: store.locationId,
      lines: LINES,
      rounds: ROUNDS,
      warmup: WARMUP,
      concurrency: CONCURRENCY,
      database_url: databaseUrl,
      verbose,
    })
  )
  const execMs = await runMedusa(
    "allocation throughput (medusa exec)",
    ["exec", "./bench/allocate-concurrent.ts"],
    {
      env: {
        ...env,
        BENCH_ALLOC_IN: inFile,
        BENCH_ALLOC_OUT: outFile,
        NODE_OPTIONS: `--require ${JSON.stringify(path.join(__dirname, "..", "sql-counter.js"))}`,
        BENCH_SQL_COUNTER_PORT: String(await freePort()),
      },
      logFile,
    }
  )
  const out = JSON.parse(fs.readFileSync(outFile, "utf8"))
  if (!out.checks.ok) {
    throw new Error(
      `allocation throughput: correctness check failed: ${JSON.stringify(out.checks)}`
    )
  }
  const w = pooled(out.runs, "subscriber")
  const u = pooled(out.runs, "workflow")
  const m = pooled(out.runs, "module")
  const s = pooled(out.runs, "sql")
  log(
    `  allocations/s: subscriber ${w.perSecond.toFixed(0)}, workflow per order ${u.perSecond.toFixed(0)}, ` +
      `module ${m.perSecond.toFixed(0)}, sql ${s.perSecond.toFixed(0)} (exec ${(execMs / 1000).toFixed(0)} s)`
  )
  const r = ratio(w.perSecond, s.perSecond)
  const met = w.perSecond >= TARGET_PER_S
  const perRound = (x) => x.rounds.map((v) => v.toFixed(0)).join(", ")
  const busy = (x) =>
    `busy connections max ${x.busyMax}, mean ${x.busyMean.toFixed(1)}`
  const c = out.checks
  const stmts = Object.fromEntries(out.probes.map((p) => [p.side, p.count]))
  const verboseLines = verbose
    ? out.probes.flatMap((p) =>
        describeStatements(
          `allocation ${p.side}, one line alone`,
          p.statements,
          p.ms
        )
      )
    : []
  return {
    json: {
      name: "allocations_hot_item_concurrent",
      value: w.perSecond,
      unit: "allocations/s",
      baseline: s.perSecond,
      ratio: r,
      target: `>= ${TARGET_PER_S} allocations/s`,
      met,
      p50_ms: w.p50,
      p95_ms: w.p95,
      allocations: w.allocated,
      concurrency: CONCURRENCY,
      pool_max: out.pool.max,
      busy_connections_max: w.busyMax,
      baseline_name: "allocations_hot_item_sql",
      baseline_p50_ms: s.p50,
      module_per_s: m.perSecond,
      module_p50_ms: m.p50,
      module_p95_ms: m.p95,
      workflow_per_order_per_s: u.perSecond,
      workflow_per_order_p50_ms: u.p50,
      statements_per_line: stmts,
      checks: c,
    },
    rows: [
      {
        label: `allocations_hot_item_${CONCURRENCY}`,
        unit: "ms",
        p50: w.p50,
        p95: w.p95,
        baseline: s.perSecond,
        baselineUnit: "/s",
        ratio: r,
        rps: w.perSecond,
        target: `>= ${TARGET_PER_S}/s`,
        met,
      },
      {
        label: "  info: module allocateSerialNumbersToLines",
        unit: "ms",
        p50: m.p50,
        p95: m.p95,
        ratio: ratio(m.perSecond, s.perSecond),
        rps: m.perSecond,
      },
      {
        label: "  info: the workflow once per order, unbatched",
        unit: "ms",
        p50: u.p50,
        p95: u.p95,
        ratio: ratio(u.perSecond, s.perSecond),
        rps: u.perSecond,
      },
      {
        label: "  baseline: allocations_hot_item_sql",
        unit: "ms",
        p50: s.p50,
        p95: s.p95,
        rps: s.perSecond,
      },
    ],
    details: [
      `allocations_hot_item: ${CONCURRENCY} concurrent callers, one line of quantity 1 each, ` +
        `${ROUNDS} round(s) of ${LINES} lines per side after ${WARMUP} warm-up lines; knex pool ` +
        `min ${out.pool.min} / max ${out.pool.max} (the app's one pool, which the module shares; medusa-config sets no pool, so Medusa's default)`,
      `  subscriber: ${w.allocated} allocations, per round ${perRound(w)}/s; ${busy(w)}`,
      `  workflow:   ${u.allocated} allocations, per round ${perRound(u)}/s; ${busy(u)}`,
      `  module:     ${m.allocated} allocations, per round ${perRound(m)}/s; ${busy(m)}`,
      `  sql:        ${s.allocated} allocations, per round ${perRound(s)}/s; ${busy(s)}`,
      `  SQL statements per line (one line alone, counted in the process): subscriber ${stmts.subscriber}, ` +
        `workflow ${stmts.workflow}, module ${stmts.module}, sql ${stmts.sql}`,
      `  checked after: ${c.allocations} open allocations = min(${c.lines} lines, ${c.units_received} units), ` +
        `${c.distinct_units} distinct units, ${c.distinct_lines} distinct lines, ${c.units_reserved} units reserved, ` +
        `${c.allocated_events} allocated events, ${c.lines_not_exactly_one} line(s) not on exactly one unit; ` +
        `sql ${c.sql_allocations} allocations on ${c.sql_distinct_units} distinct units`,
      ...verboseLines,
    ],
    notes: [
      "allocations: `medusa exec` runs the plugin in-process against the bench database; rate = " +
        "allocations / wall time from the first call to the last answer, summed over rounds; " +
        "p50/p95 are per call (one line each) including the wait for a pool connection and, for " +
        "'subscriber', for its batch. 'subscriber' is allocatePlacedOrder, which the order.placed " +
        "subscriber awaits: an order runs at once while one of two run slots is free; orders " +
        "arriving while both are busy (at most 50) share the next " +
        "allocateOrderSerialNumbersWorkflow run (Query reads of the orders and their reservations, " +
        "one set-based allocation transaction, the allocated events); 'workflow' is that workflow " +
        "once per order; 'module' is the allocation transaction alone. Baseline: SELECT one unit " +
        "FOR UPDATE SKIP LOCKED, UPDATE, INSERT in one transaction on scratch copies of the tables " +
        "(same indexes), same pool, same callers; it skips the plugin's line lock, open-allocation " +
        "count, policy share lock, status guard and event row. Busy connections are sampled every " +
        "10 ms from pg_stat_activity (state not idle). Each side gets as many fresh units as lines.",
    ],
  }
}

module.exports = { measureAllocationThroughput }
