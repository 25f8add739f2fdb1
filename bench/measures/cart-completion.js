// Measure `cart_complete_tracked_http`: latency of POST /store/carts/:id/complete for a cart of
// one unit of an item under `full` tracking (fifo, units in stock at the store's location),
// against the same call for an otherwise identical untracked product in the same store and run.
// Carts are prepared first (cart, address, shipping method, payment session; not timed); then
// the completions alternate (tracked/untracked, then untracked/tracked, ...), one at a time, the
// first BENCH_CART_WARMUP of each kind not recorded. Whatever the plugin adds to checkout (the
// order.placed subscriber's CPU in the same process, a completeCartWorkflow hook) lands in the
// tracked figure. After each tracked completion the measure polls the database until the
// order's allocation row exists (informative: allocation runs after the response), then every
// completion is followed by the same pause, so neither kind's request overlaps the
// subscriber work of the one before.

const { Client } = require("pg")
const { orderStore } = require("../lib/order-store")
const { summary, ratio } = require("../lib/stats")

const ORDERS = Number(process.env.BENCH_CART_ORDERS || 40)
const WARMUP = Number(process.env.BENCH_CART_WARMUP || 5)
const SETTLE_MS = Number(process.env.BENCH_CART_SETTLE_MS || 100)
const PREPARE_CONCURRENCY = 4
const POLL_MS = 2
const LAG_TIMEOUT_MS = 30000
const TARGET_RATIO = 1.2

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const now = () => Number(process.hrtime.bigint()) / 1e6

async function inBatches(items, size, fn) {
  const out = []
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(fn))))
  return out
}

// Polls until the order has an allocation row; resolves the time it was first seen.
async function allocationSeen(client, orderId) {
  const deadline = now() + LAG_TIMEOUT_MS
  while (now() < deadline) {
    const { rowCount } = await client.query(
      "SELECT 1 FROM serial_allocation WHERE order_id = $1 AND deleted_at IS NULL LIMIT 1",
      [orderId]
    )
    if (rowCount) return now()
    await sleep(POLL_MS)
  }
  throw new Error(`order ${orderId}: no allocation within ${LAG_TIMEOUT_MS} ms`)
}

async function verify(client, trackedOrders, untrackedOrders) {
  const { rows } = await client.query(
    `SELECT order_id, count(*)::int AS n, count(DISTINCT serial_number_id)::int AS units
     FROM serial_allocation WHERE order_id = ANY($1) AND deleted_at IS NULL
     GROUP BY order_id`,
    [[...trackedOrders, ...untrackedOrders]]
  )
  const byOrder = new Map(rows.map((r) => [r.order_id, r]))
  const wrongTracked = trackedOrders.filter((id) => byOrder.get(id)?.n !== 1)
  const wrongUntracked = untrackedOrders.filter((id) => byOrder.has(id))
  const units = rows.reduce((sum, r) => sum + r.units, 0)
  const { rows: distinct } = await client.query(
    `SELECT count(DISTINCT serial_number_id)::int AS n FROM serial_allocation
     WHERE order_id = ANY($1) AND deleted_at IS NULL`,
    [trackedOrders]
  )
  if (wrongTracked.length || wrongUntracked.length || distinct[0].n !== units) {
    throw new Error(
      `cart completion: ${wrongTracked.length} tracked order(s) without exactly one allocation, ` +
        `${wrongUntracked.length} untracked order(s) with one, ${units - distinct[0].n} unit(s) on two orders`
    )
  }
}

async function measureCartCompletion(ctx) {
  const { databaseUrl, log } = ctx
  const { kit, store, tracked, untracked, receive } = await orderStore(ctx)
  const total = WARMUP + ORDERS
  await receive(total)
  const item = (p) => [{ variant_id: p.variantId, quantity: 1 }]
  const prepared = await inBatches(
    Array.from({ length: total * 2 }, (_, i) => i),
    PREPARE_CONCURRENCY,
    async (i) => ({
      tracked: i % 2 === 0,
      // One guest per cart: concurrent carts of one new email race to create its customer.
      cart: await kit.prepareCart(
        store,
        item(i % 2 === 0 ? tracked : untracked),
        { email: `bench-buyer-${i}@example.com` }
      ),
    })
  )
  const queue = {
    tracked: prepared.filter((p) => p.tracked).map((p) => p.cart),
    untracked: prepared.filter((p) => !p.tracked).map((p) => p.cart),
  }
  log(`  prepared ${total} carts of each kind`)

  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  const ms = { tracked: [], untracked: [] }
  const lag = { fromStart: [], afterResponse: [] }
  const orders = { tracked: [], untracked: [] }
  try {
    for (let i = 0; i < total; i++) {
      const kinds =
        i % 2 === 0 ? ["tracked", "untracked"] : ["untracked", "tracked"]
      for (const kind of kinds) {
        const cart = queue[kind][i]
        const started = now()
        const res = await kit.completeCart(cart)
        const answered = now()
        if (!res.order) {
          throw new Error(
            `completing a ${kind} cart answered ${res.status}: ${JSON.stringify(res.body).slice(0, 400)}`
          )
        }
        orders[kind].push(res.order.id)
        if (kind === "tracked") {
          const seen = await allocationSeen(client, res.order.id)
          if (i >= WARMUP) {
            lag.fromStart.push(seen - started)
            lag.afterResponse.push(seen - answered)
          }
        }
        if (i >= WARMUP) ms[kind].push(answered - started)
        await sleep(SETTLE_MS)
      }
      if (i === WARMUP - 1 || (i >= WARMUP && (i - WARMUP + 1) % 10 === 0)) {
        const t = summary(ms.tracked)
        const u = summary(ms.untracked)
        log(
          i < WARMUP
            ? `  warm-up done (${WARMUP} of each)`
            : `  ${i - WARMUP + 1}/${ORDERS}: tracked p50 ${t.p50.toFixed(1)} ms, untracked p50 ${u.p50.toFixed(1)} ms`
        )
      }
    }
    await verify(client, orders.tracked, orders.untracked)
  } finally {
    await client.end().catch(() => {})
  }

  const t = summary(ms.tracked)
  const u = summary(ms.untracked)
  const l = summary(lag.fromStart)
  const a = summary(lag.afterResponse)
  const r = ratio(t.p50, u.p50)
  const met = r !== null && r <= TARGET_RATIO
  return {
    json: {
      name: "cart_complete_tracked_http",
      value: t.p50,
      unit: "ms",
      baseline: u.p50,
      ratio: r,
      target: `ratio <= ${TARGET_RATIO}`,
      met,
      p95: t.p95,
      orders: t.n,
      baseline_name: "cart_complete_untracked_http",
      baseline_p95: u.p95,
      allocation_seen_p50: l.p50,
      allocation_seen_p95: l.p95,
      allocation_after_response_p50: a.p50,
      allocation_after_response_p95: a.p95,
    },
    rows: [
      {
        label: "cart_complete_tracked_http",
        unit: "ms",
        p50: t.p50,
        p95: t.p95,
        baseline: u.p50,
        ratio: r,
        target: `<= ${TARGET_RATIO}x untracked`,
        met,
      },
      {
        label: "  baseline: cart_complete_untracked_http",
        unit: "ms",
        p50: u.p50,
        p95: u.p95,
      },
      {
        label: "  info: complete -> allocation row seen",
        unit: "ms",
        p50: l.p50,
        p95: l.p95,
      },
      {
        label: "  info: response -> allocation row seen",
        unit: "ms",
        p50: a.p50,
        p95: a.p95,
      },
    ],
    details: [
      `cart_complete: ${t.n} completions of each kind, alternating, one at a time, after ${WARMUP} ` +
        `warm-up completions of each; tracked min ${t.min.toFixed(0)} / max ${t.max.toFixed(0)} ms, ` +
        `untracked min ${u.min.toFixed(0)} / max ${u.max.toFixed(0)} ms`,
    ],
    notes: [
      "cart completion: both products are one-variant, same price, same store, stock levels and " +
        "shipping; the tracked one has a `full` policy (fifo) and units in stock at the store's " +
        "location. Only POST /store/carts/:id/complete is timed (carts prepared beforehand). " +
        "Allocation runs in the order.placed subscriber after the response: 'allocation row seen' " +
        `is polled every ${POLL_MS} ms from a separate connection; ${SETTLE_MS} ms pause after every ` +
        "completion. Checked after: one allocation per tracked order, none on untracked ones, no " +
        "unit twice.",
    ],
  }
}

module.exports = { measureCartCompletion }
