// Measure `warranty_lookup_sql_statements`: SQL statements the server sends per warranty lookup,
// counted inside the server by bench/sql-counter.js (every pg Client#query call), over N
// sequential requests. Baseline: the same count for GET /store/regions. The share of Medusa's
// store middleware (publishable key check) is counted on a /store path that has no route.
// BENCH_VERBOSE=1 prints the statements of one request of each kind.

const { counter, describeStatements } = require("../lib/sql-counter-client")
const { ratio } = require("../lib/stats")

const N = Number(process.env.BENCH_SQL_REQUESTS || 200)
const TARGET = 3
const NO_ROUTE_PATH = "/store/bench-no-such-route"

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const warrantyPath = (serial) =>
  `/store/serial-numbers/${encodeURIComponent(serial)}/warranty`

async function perRequest(api, sql, pathFor, count, status) {
  await sql.reset()
  for (let i = 0; i < count; i++) {
    const path = pathFor(i)
    const res = await api.request("GET", path, { store: true })
    if (res.status !== status) {
      throw new Error(
        `GET ${path}: expected ${status}, got ${res.status}: ${res.text.slice(0, 300)}`
      )
    }
  }
  const { count: statements } = await sql.read()
  return statements / count
}

async function statementsOf(api, sql, path) {
  await sql.record(true)
  await sql.reset()
  const res = await api.request("GET", path, { store: true })
  const { statements } = await sql.read()
  await sql.record(false)
  return { statements, ms: res.ms }
}

async function measureSqlStatements({ api, seed, counterPort, verbose, log }) {
  const sql = counter(counterPort)
  await sql.reset()
  await sleep(1000)
  const idle = (await sql.read()).count

  // First, before anything has looked up its item: a lookup whose titles are not cached.
  const cold = await perRequest(
    api,
    sql,
    () => warrantyPath(seed.cold_serial),
    1,
    200
  )

  const sold = await perRequest(
    api,
    sql,
    (i) => warrantyPath(seed.sold_serials[i % seed.sold_serials.length]),
    N,
    200
  )
  const unknown = await perRequest(
    api,
    sql,
    (i) => warrantyPath(`BW-NOPE-${i}`),
    Math.ceil(N / 2),
    200
  )
  const inStock = await perRequest(
    api,
    sql,
    (i) =>
      warrantyPath(seed.in_stock_serials[i % seed.in_stock_serials.length]),
    Math.ceil(N / 2),
    200
  )
  const regions = await perRequest(
    api,
    sql,
    () => "/store/regions",
    Math.ceil(N / 2),
    200
  )
  const middleware = await perRequest(
    api,
    sql,
    () => NO_ROUTE_PATH,
    Math.ceil(N / 2),
    404
  )
  const plugin = sold - middleware
  log(
    `  statements/request: sold ${sold}, unknown ${unknown}, in stock ${inStock}, regions ${regions}, ` +
      `middleware only ${middleware}, idle ${idle}/s`
  )

  const verboseLines = []
  if (verbose) {
    const kinds = [
      ["warranty lookup, sold unit", warrantyPath(seed.sold_serials[0])],
      ["warranty lookup, unknown serial", warrantyPath("BW-NOPE-VERBOSE")],
      ["GET /store/regions", "/store/regions"],
      [`store middleware only (${NO_ROUTE_PATH}, 404)`, NO_ROUTE_PATH],
    ]
    for (const [label, path] of kinds) {
      const { statements, ms } = await statementsOf(api, sql, path)
      verboseLines.push(...describeStatements(label, statements, ms))
    }
  }

  const r = ratio(sold, regions)
  const met = sold <= TARGET
  return {
    json: {
      name: "warranty_lookup_sql_statements",
      value: sold,
      unit: "statements",
      baseline: regions,
      ratio: r,
      target: `<= ${TARGET} per lookup`,
      met,
      cold_title_cache: cold,
      unknown_serial: unknown,
      in_stock_serial: inStock,
      store_middleware: middleware,
      plugin_statements: plugin,
      requests: N,
      baseline_name: "store_regions_sql_statements",
    },
    rows: [
      {
        label: "warranty_lookup_sql_statements",
        unit: "stmt",
        p50: sold,
        baseline: regions,
        ratio: r,
        target: `<= ${TARGET} per lookup`,
        met,
      },
      {
        label: "  info: first lookup of an item (titles not cached)",
        unit: "stmt",
        p50: cold,
      },
      {
        label: "  info: lookup of an unknown serial",
        unit: "stmt",
        p50: unknown,
      },
      {
        label: "  info: lookup of a unit in stock",
        unit: "stmt",
        p50: inStock,
      },
      {
        label: "  info: store middleware only (404 path)",
        unit: "stmt",
        p50: middleware,
      },
      {
        label: "  info: plugin statements (sold - middleware)",
        unit: "stmt",
        p50: plugin,
        target: `<= ${TARGET}`,
        met: plugin <= TARGET,
      },
    ],
    details: [
      `warranty_lookup_sql_statements: pg Client#query calls in the server per request, averaged over ` +
        `${N} sequential lookups of sold units (${Math.ceil(N / 2)} for the other kinds); idle ${idle}/s. ` +
        "The route caches product/variant titles per inventory item for 60 s per process: the first " +
        "lookup of an item costs two more statements (row above).",
      ...verboseLines,
    ],
    notes: [
      `sql statements: "value" is the total per lookup of a sold unit (the costly path); the target is ` +
        `checked on that total. "middleware only" = a store request to ${NO_ROUTE_PATH}, which passes ` +
        "Medusa's /store middleware (publishable key lookup) and then 404s; plugin statements = lookup " +
        "total minus that. A multi-statement string sent in one call counts once. Run with " +
        "BENCH_VERBOSE=1 to list them.",
    ],
  }
}

module.exports = { measureSqlStatements }
