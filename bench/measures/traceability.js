// Measure `traceability_lot_100k_http`: GET /admin/serial-traceability?lot= for a lot of
// 100,000 units, every one shipped on an order (4 units an order: 25,000 orders), p50 over
// sequential requests after a warm-up, and the SQL statements it costs against a lot of 8
// units on 2 orders (counted inside the server). The units come in through the receipt route;
// their shipped allocations are written straight into serial_allocation (order ids that Medusa's
// order module does not know, so the contacts reads find nothing but still run), because
// 25,000 real checkouts would take the bench hours. No baseline: an absolute target.

const crypto = require("crypto")
const { Client } = require("pg")
const { counter, describeStatements } = require("../lib/sql-counter-client")
const { summary } = require("../lib/stats")

const UNITS = Number(process.env.BENCH_TRACE_UNITS || 100000)
const PER_ORDER = 4
const REPS = Number(process.env.BENCH_TRACE_REPS || 5)
const TARGET_MS = 2000
const CHUNK = 10000

async function receiveLot(api, seed, lot, prefix, count) {
  for (let from = 0; from < count; from += CHUNK) {
    const n = Math.min(CHUNK, count - from)
    await api.expect(201, "POST", "/admin/serial-receipts", {
      admin: true,
      body: JSON.stringify({
        inventory_item_id: seed.inventory_item_id,
        stock_location_id: seed.stock_location_id,
        attributes: { colour: "graphite", storage_gb: 256 },
        lot,
        serials: Array.from(
          { length: n },
          (_, i) => `${prefix}-${String(from + i).padStart(6, "0")}`
        ),
      }),
    })
  }
}

/** Ships every unit of the lot on made-up orders, PER_ORDER units each (one statement). */
async function shipLot(client, lot, tag) {
  await client.query(
    `UPDATE serial_number SET status = 'sold' WHERE lot = $1 AND deleted_at IS NULL`,
    [lot]
  )
  await client.query(
    `INSERT INTO serial_allocation (id, serial_number_id, inventory_item_id, order_id,
       line_item_id, stage, allocated_at, picked_at, shipped_at, created_at, updated_at)
     SELECT 'salloc_bench_' || $2 || '_' || n, id, inventory_item_id,
            'order_bench_' || $2 || '_' || (n / ${PER_ORDER}),
            'ordli_bench_' || $2 || '_' || (n / ${PER_ORDER}),
            'shipped', now(), now(), now() - (n || ' seconds')::interval, now(), now()
     FROM (SELECT id, inventory_item_id, row_number() OVER (ORDER BY id) - 1 AS n
           FROM serial_number WHERE lot = $1 AND deleted_at IS NULL) u`,
    [lot, tag]
  )
}

async function statementsOf(api, sql, path, verbose, log) {
  await sql.record(true)
  await sql.reset()
  const res = await api.expect(200, "GET", path, { admin: true })
  const { count, statements } = await sql.read()
  await sql.record(false)
  if (verbose)
    describeStatements(path, statements, res.ms).forEach((l) => log(l))
  return count
}

async function measureTraceability({
  api,
  seed,
  databaseUrl,
  counterPort,
  verbose,
  log,
}) {
  const tag = `${Date.now().toString(36)}${crypto.randomBytes(2).toString("hex")}`
  const big = `TRACE-BIG-${tag}`
  const small = `TRACE-SMALL-${tag}`
  log(`  traceability: receiving ${UNITS} units in lot ${big}`)
  await receiveLot(api, seed, big, `TRB-${tag}`, UNITS)
  await receiveLot(api, seed, small, `TRS-${tag}`, 2 * PER_ORDER)
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await shipLot(client, big, `b${tag}`)
    await shipLot(client, small, `s${tag}`)
    await client.query("ANALYZE serial_number")
    await client.query("ANALYZE serial_allocation")
  } finally {
    await client.end().catch(() => {})
  }
  const path = (lot) => `/admin/serial-traceability?lot=${lot}&limit=20`
  const first = await api.expect(200, "GET", path(big), { admin: true })
  const body = first.json
  if (body.units.count !== UNITS || body.count !== UNITS / PER_ORDER) {
    throw new Error(
      `lot of ${UNITS}: ${body.units.count} units, ${body.count} orders`
    )
  }
  const times = []
  for (let rep = 1; rep <= REPS; rep++) {
    const res = await api.expect(200, "GET", path(big), { admin: true })
    log(`  traceability rep ${rep}/${REPS}: ${res.ms.toFixed(0)} ms`)
    times.push(res.ms)
  }
  const sql = counter(counterPort)
  const bigStatements = await statementsOf(api, sql, path(big), verbose, log)
  const smallStatements = await statementsOf(
    api,
    sql,
    path(small),
    verbose,
    log
  )
  const contactReads = Math.ceil(UNITS / PER_ORDER / 10000)
  const h = summary(times)
  const met = h.p50 <= TARGET_MS
  return {
    json: {
      name: "traceability_lot_100k_http",
      value: h.p50,
      unit: "ms",
      baseline: null,
      ratio: null,
      target: `p50 <= ${TARGET_MS} ms`,
      met,
      p95: h.p95,
      runs: h.n,
      units: UNITS,
      orders: UNITS / PER_ORDER,
      statements_big: bigStatements,
      statements_small: smallStatements,
      contact_reads: contactReads,
    },
    rows: [
      {
        label: "traceability_lot_100k_http",
        unit: "ms",
        p50: h.p50,
        p95: h.p95,
        target: `<= ${TARGET_MS} ms`,
        met,
        why: met ? "" : "(p50)",
      },
    ],
    details: [
      `traceability_lot_100k_http: lot of ${UNITS} units shipped on ${UNITS / PER_ORDER} orders, ` +
        `${h.n} sequential requests after 1 warm-up; min ${h.min.toFixed(0)} ms, p50 ${h.p50.toFixed(0)} ms, ` +
        `max ${h.max.toFixed(0)} ms`,
      `SQL statements: ${bigStatements} for the 100k lot, ${smallStatements} for a lot of ${2 * PER_ORDER} ` +
        `units on 2 orders (the order contacts are read ${contactReads} time(s) for ${UNITS / PER_ORDER} orders, 10,000 a read)`,
    ],
  }
}

module.exports = { measureTraceability }
