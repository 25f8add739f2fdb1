// Measure `receive_10k_http`: POST /admin/serial-receipts with 10,000 scanned serials (shared
// template attributes), which creates the units with their `received` events AND raises
// Medusa's stocked_quantity at the location through Medusa's inventory steps, one request at a
// time. Baseline from the same run: plain SQL in one transaction over `pg` into logged scratch
// copies of the tables: INSERT units, INSERT events, UPDATE the (scratch) inventory level.

const crypto = require("crypto")
const { Client } = require("pg")
const { summary, ratio } = require("../lib/stats")
const {
  createScratchTables,
  entityId,
  sqlBatch,
  sqlRows,
} = require("../lib/unit-baseline")

const ROWS = Number(process.env.BENCH_RECEIVE_ROWS || 10000)
const REPS = Number(process.env.BENCH_RECEIVE_REPS || 5)
const TARGET_MS = 1500
const TARGET_RATIO = 5

const SCRATCH = {
  units: "bench_scratch_r_serial_number",
  events: "bench_scratch_r_serial_event",
}
const LEVEL = "bench_scratch_r_inventory_level"
const DROP = `${LEVEL}, ${SCRATCH.events}, ${SCRATCH.units}`

function receiptBody(seed, prefix) {
  return JSON.stringify({
    inventory_item_id: seed.inventory_item_id,
    stock_location_id: seed.stock_location_id,
    attributes: { colour: "graphite", storage_gb: 256 },
    supplier_reference: `PO-${prefix}`,
    serials: Array.from(
      { length: ROWS },
      (_, i) => `${prefix}-${String(i).padStart(5, "0")}`
    ),
  })
}

async function createScratchLevel(client, seed) {
  await client.query(
    `CREATE TABLE ${LEVEL} (LIKE inventory_level INCLUDING ALL)`
  )
  await client.query(
    `INSERT INTO ${LEVEL} (id, inventory_item_id, location_id, stocked_quantity,
       raw_stocked_quantity, raw_reserved_quantity, raw_incoming_quantity)
     VALUES ($1, $2, $3, 0, $4, $4, $4)`,
    [
      entityId("ilev"),
      seed.inventory_item_id,
      seed.stock_location_id,
      { value: "0", precision: 20 },
    ]
  )
}

const raiseScratchLevel = (seed) => (client) =>
  client.query(
    `UPDATE ${LEVEL} SET stocked_quantity = stocked_quantity + $3,
       raw_stocked_quantity = jsonb_build_object('value', (stocked_quantity + $3)::text, 'precision', 20),
       updated_at = now()
     WHERE inventory_item_id = $1 AND location_id = $2`,
    [seed.inventory_item_id, seed.stock_location_id, ROWS]
  )

async function stockedQuantity(client, seed) {
  const { rows } = await client.query(
    `SELECT coalesce(sum(stocked_quantity), 0)::int AS q FROM inventory_level
     WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL`,
    [seed.inventory_item_id, seed.stock_location_id]
  )
  return rows[0].q
}

async function measureReceive({ api, seed, databaseUrl, log }) {
  const tag =
    `${Date.now().toString(36)}${crypto.randomBytes(2).toString("hex")}`.toUpperCase()
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  const http = []
  const base = []
  try {
    await createScratchTables(client, [SCRATCH], DROP)
    await createScratchLevel(client, seed)
    for (let rep = 0; rep <= REPS; rep++) {
      const label = rep === 0 ? "warm-up" : `rep ${rep}/${REPS}`
      const body = receiptBody(seed, `RH-${tag}-${rep}`)
      const rows = sqlRows(`RS-${tag}-${rep}`, ROWS)
      const runSql = () =>
        sqlBatch(client, seed, rows, SCRATCH, raiseScratchLevel(seed))
      const sqlFirst = rep % 2 === 1
      let sqlMs = sqlFirst ? await runSql() : null
      const before = await stockedQuantity(client, seed)
      const res = await api.expect(201, "POST", "/admin/serial-receipts", {
        body,
        admin: true,
      })
      const after = await stockedQuantity(client, seed)
      if (res.json?.receipt?.count !== ROWS || after - before !== ROWS) {
        throw new Error(
          `receipt of ${ROWS}: count ${res.json?.receipt?.count}, stocked_quantity rose by ${after - before}`
        )
      }
      if (!sqlFirst) sqlMs = await runSql()
      log(
        `  receive ${label}: http ${res.ms.toFixed(0)} ms, sql units+events+level ${sqlMs.toFixed(0)} ms`
      )
      if (rep === 0) continue
      http.push(res.ms)
      base.push(sqlMs)
    }
  } finally {
    await client.query(`DROP TABLE IF EXISTS ${DROP}`).catch(() => {})
    await client.end().catch(() => {})
  }
  const h = summary(http)
  const b = summary(base)
  const r = ratio(h.p50, b.p50)
  const met = h.p50 <= TARGET_MS && r !== null && r <= TARGET_RATIO
  return {
    json: {
      name: "receive_10k_http",
      value: h.p50,
      unit: "ms",
      baseline: b.p50,
      ratio: r,
      target: `p50 <= ${TARGET_MS} ms and ratio <= ${TARGET_RATIO}`,
      met,
      p95: h.p95,
      min: h.min,
      runs: h.n,
      rows: ROWS,
      baseline_name: "receive_10k_sql (units+events+level)",
    },
    rows: [
      {
        label: "receive_10k_http (incl. stock)",
        unit: "ms",
        p50: h.p50,
        p95: h.p95,
        baseline: b.p50,
        ratio: r,
        target: `<= ${TARGET_MS} ms, <= ${TARGET_RATIO}x`,
        met,
        why: met ? "" : h.p50 > TARGET_MS ? "(p50)" : "(ratio)",
      },
      {
        label: "  baseline: receive_10k_sql units+events+level",
        unit: "ms",
        p50: b.p50,
        p95: b.p95,
      },
    ],
    details: [
      `receive_10k_http: ${h.n} sequential receipts of ${ROWS} scanned serials after 1 warm-up, ` +
        `each checked to raise stocked_quantity by ${ROWS}; min ${h.min.toFixed(0)} ms, ` +
        `p50 ${h.p50.toFixed(0)} ms, max ${h.max.toFixed(0)} ms`,
    ],
    notes: [
      "receive baseline: plain SQL over `pg`, BEGIN; INSERT units, INSERT events (unnest arrays); " +
        "UPDATE one scratch inventory_level row; COMMIT, into logged scratch copies (LIKE ... INCLUDING ALL).",
    ],
  }
}

module.exports = { measureReceive }
