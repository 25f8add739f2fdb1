// Measure `fulfillment_100_tracked_http`: latency of POST /admin/orders/:id/fulfillments for an
// order line of 100 units of an item under `full` tracking, the 100 serials scanned and sent as
// `additional_data.serial_numbers` (the warehouse case: the units the line was allocated), against
// the same call for a line of 100 untracked units in the same store and run. An info row times
// the tracked call without serials (the line's allocated units are used). Orders are placed
// through the storefront first and their allocations awaited (not timed); then the fulfillments
// run one at a time, the kinds alternating, the first BENCH_FULFIL_WARMUP of each not recorded.
// Afterwards every tracked fulfillment must hold its 100 units at stage `picked`.

const { Client } = require("pg")
const { orderStore } = require("../lib/order-store")
const { summary, ratio } = require("../lib/stats")

const ORDERS = Number(process.env.BENCH_FULFIL_ORDERS || 8)
const WARMUP = Number(process.env.BENCH_FULFIL_WARMUP || 2)
const UNITS = Number(process.env.BENCH_FULFIL_UNITS || 100)
const TARGET_RATIO = 1.5
const KINDS = ["scanned", "allocated", "untracked"]

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const now = () => Number(process.hrtime.bigint()) / 1e6

async function allocatedSerials(client, orderId, expected) {
  const deadline = now() + 60000
  while (now() < deadline) {
    const { rows } = await client.query(
      `SELECT sn.serial FROM serial_allocation a JOIN serial_number sn ON sn.id = a.serial_number_id
       WHERE a.order_id = $1 AND a.stage = 'allocated' AND a.deleted_at IS NULL ORDER BY sn.serial`,
      [orderId]
    )
    if (rows.length >= expected) return rows.map((r) => r.serial)
    await sleep(20)
  }
  throw new Error(
    `order ${orderId}: ${expected} units not allocated within 60 s`
  )
}

async function measureFulfillment(ctx) {
  const { api, databaseUrl, log } = ctx
  const { kit, store, tracked, untracked, receive } = await orderStore(ctx)
  const total = WARMUP + ORDERS
  await receive(total * 2 * UNITS, tracked, "BF")
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  const ms = { scanned: [], allocated: [], untracked: [] }
  const picked = []
  try {
    const orders = { scanned: [], allocated: [], untracked: [] }
    for (let i = 0; i < total; i++) {
      for (const kind of KINDS) {
        const product = kind === "untracked" ? untracked : tracked
        const { order, status, body } = await kit.checkout(
          store,
          [{ variant_id: product.variantId, quantity: UNITS }],
          { email: `bench-fulfil-${kind}-${i}@example.com` }
        )
        if (!order) {
          throw new Error(
            `a ${kind} order of ${UNITS} was refused (${status}): ${JSON.stringify(body).slice(0, 300)}`
          )
        }
        const serials =
          kind === "untracked"
            ? null
            : await allocatedSerials(client, order.id, UNITS)
        orders[kind].push({
          id: order.id,
          line: order.items[0].id,
          serials: kind === "scanned" ? serials : null,
        })
      }
    }
    log(`  placed ${total} orders of ${UNITS} units of each kind`)
    for (let i = 0; i < total; i++) {
      const kinds = i % 2 === 0 ? KINDS : [...KINDS].reverse()
      for (const kind of kinds) {
        const o = orders[kind][i]
        const body = {
          items: [{ id: o.line, quantity: UNITS }],
          ...(o.serials
            ? { additional_data: { serial_numbers: { [o.line]: o.serials } } }
            : {}),
        }
        const started = now()
        const res = await api.request(
          "POST",
          `/admin/orders/${o.id}/fulfillments`,
          { body, admin: true }
        )
        const took = now() - started
        if (res.status !== 200) {
          throw new Error(
            `fulfilling a ${kind} order answered ${res.status}: ${res.text.slice(0, 400)}`
          )
        }
        if (i >= WARMUP) ms[kind].push(took)
        if (kind !== "untracked") picked.push(o.id)
      }
    }
    const { rows } = await client.query(
      `SELECT order_id, count(*)::int AS n, count(DISTINCT fulfillment_id)::int AS f,
              count(DISTINCT serial_number_id)::int AS units
       FROM serial_allocation WHERE order_id = ANY($1) AND stage = 'picked'
         AND fulfillment_id IS NOT NULL AND deleted_at IS NULL GROUP BY order_id`,
      [picked]
    )
    const wrong = picked.filter((id) => {
      const r = rows.find((x) => x.order_id === id)
      return !r || r.n !== UNITS || r.units !== UNITS || r.f !== 1
    })
    if (wrong.length) {
      throw new Error(
        `fulfillment: ${wrong.length} tracked order(s) without ${UNITS} picked units in one fulfillment`
      )
    }
  } finally {
    await client.end().catch(() => {})
  }
  const s = summary(ms.scanned)
  const a = summary(ms.allocated)
  const u = summary(ms.untracked)
  const r = ratio(s.p50, u.p50)
  const met = r !== null && r <= TARGET_RATIO
  return {
    json: {
      name: "fulfillment_100_tracked_http",
      value: s.p50,
      unit: "ms",
      baseline: u.p50,
      ratio: r,
      target: `ratio <= ${TARGET_RATIO}`,
      met,
      p95: s.p95,
      fulfillments: s.n,
      baseline_name: "fulfillment_100_untracked_http",
      baseline_p95: u.p95,
      without_serials_p50: a.p50,
      without_serials_p95: a.p95,
    },
    rows: [
      {
        label: `fulfillment_${UNITS}_tracked_http (scanned)`,
        unit: "ms",
        p50: s.p50,
        p95: s.p95,
        baseline: u.p50,
        ratio: r,
        target: `<= ${TARGET_RATIO}x untracked`,
        met,
      },
      {
        label: `  baseline: fulfillment_${UNITS}_untracked_http`,
        unit: "ms",
        p50: u.p50,
        p95: u.p95,
      },
      {
        label: "  info: tracked, allocated units (no serials)",
        unit: "ms",
        p50: a.p50,
        p95: a.p95,
        baseline: u.p50,
        ratio: ratio(a.p50, u.p50),
      },
    ],
    details: [
      `fulfillment: ${s.n} fulfillments of ${UNITS} units of each kind, alternating, one at a time, ` +
        `after ${WARMUP} warm-ups of each; every tracked one checked: ${UNITS} units picked in one fulfillment`,
    ],
    notes: [],
  }
}

module.exports = { measureFulfillment }
