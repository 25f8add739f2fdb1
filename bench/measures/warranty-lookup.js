// Measure `warranty_lookup_http`: GET /store/serial-numbers/:serial/warranty under autocannon at
// 10 connections, against Medusa's own GET /store/regions in the same run. Rounds alternate
// (regions, lookup, regions, lookup, ...), each with a warm-up that is not recorded; latencies
// are kept per response (autocannon's own histogram has whole-millisecond resolution) and the
// p50 is taken over all recorded responses of a route.

const autocannon = require("autocannon")
const { summary, ratio } = require("../lib/stats")

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const SECONDS = Number(process.env.BENCH_LOOKUP_SECONDS || 10)
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS || 3)
const ROUNDS = Number(process.env.BENCH_LOOKUP_ROUNDS || 3)
const TARGET_RATIO = 1.2

// 8 in 10 requests ask for a sold unit (active warranty), 1 for a unit in stock (exists, no
// warranty), 1 for a serial that does not exist.
function lookupPaths(seed) {
  let n = 0
  return () => {
    const i = n++
    let serial
    if (i % 10 === 8)
      serial = seed.in_stock_serials[i % seed.in_stock_serials.length]
    else if (i % 10 === 9) serial = `BW-UNKNOWN-${i % 5000}`
    else serial = seed.sold_serials[(i * 7) % seed.sold_serials.length]
    return `/store/serial-numbers/${encodeURIComponent(serial)}/warranty`
  }
}

function load({ baseUrl, publishableKey, nextPath, seconds }) {
  return new Promise((resolve, reject) => {
    const latencies = []
    const statuses = {}
    const instance = autocannon(
      {
        url: baseUrl,
        connections: CONNECTIONS,
        duration: seconds,
        headers: { "x-publishable-api-key": publishableKey },
        requests: [
          {
            method: "GET",
            setupRequest: (req) => ({ ...req, path: nextPath() }),
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err)
        resolve({ latencies, statuses, result })
      }
    )
    instance.on("response", (client, statusCode, bytes, responseTime) => {
      statuses[statusCode] = (statuses[statusCode] || 0) + 1
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime)
    })
  })
}

async function runRoute(ctx, label, nextPath, pooled) {
  await load({ ...ctx, nextPath, seconds: WARMUP_SECONDS })
  const { latencies, statuses, result } = await load({
    ...ctx,
    nextPath,
    seconds: SECONDS,
  })
  const bad = Object.entries(statuses).filter(
    ([code]) => code < 200 || code >= 300
  )
  if (bad.length || result.errors || result.timeouts) {
    throw new Error(
      `${label}: non-2xx ${JSON.stringify(Object.fromEntries(bad))}, ` +
        `errors ${result.errors}, timeouts ${result.timeouts}`
    )
  }
  pooled.latencies.push(...latencies)
  pooled.seconds += result.duration
  pooled.rounds.push(summary(latencies).p50)
}

async function measureWarrantyLookup({ api, seed, log }) {
  const ctx = { baseUrl: api.baseUrl, publishableKey: api.publishableKey }
  const regions = { latencies: [], seconds: 0, rounds: [] }
  const lookup = { latencies: [], seconds: 0, rounds: [] }
  const nextLookup = lookupPaths(seed)
  for (let round = 1; round <= ROUNDS; round++) {
    await runRoute(ctx, "GET /store/regions", () => "/store/regions", regions)
    await runRoute(ctx, "GET warranty", nextLookup, lookup)
    log(
      `  lookup round ${round}/${ROUNDS}: regions p50 ${regions.rounds.at(-1).toFixed(2)} ms, ` +
        `lookup p50 ${lookup.rounds.at(-1).toFixed(2)} ms`
    )
  }

  const l = summary(lookup.latencies)
  const g = summary(regions.latencies)
  const lookupRps = lookup.latencies.length / lookup.seconds
  const regionsRps = regions.latencies.length / regions.seconds
  const r = ratio(l.p50, g.p50)
  const met = r !== null && r <= TARGET_RATIO
  const rounds = (x) => x.rounds.map((v) => v.toFixed(2)).join(", ")
  return {
    json: {
      name: "warranty_lookup_http",
      value: l.p50,
      unit: "ms",
      baseline: g.p50,
      ratio: r,
      target: `ratio <= ${TARGET_RATIO}`,
      met,
      p95: l.p95,
      rps: lookupRps,
      requests: l.n,
      connections: CONNECTIONS,
      baseline_name: "store_regions_http",
      baseline_p95: g.p95,
      baseline_rps: regionsRps,
    },
    rows: [
      {
        label: "warranty_lookup_http",
        unit: "ms",
        p50: l.p50,
        p95: l.p95,
        baseline: g.p50,
        ratio: r,
        target: `<= ${TARGET_RATIO}x regions`,
        met,
        rps: lookupRps,
      },
      {
        label: "  baseline: store_regions_http",
        unit: "ms",
        p50: g.p50,
        p95: g.p95,
        rps: regionsRps,
      },
    ],
    details: [
      `warranty_lookup_http: ${CONNECTIONS} connections, ${ROUNDS} x ${SECONDS} s after ${WARMUP_SECONDS} s warm-up each; ` +
        `${l.n} requests, ${lookupRps.toFixed(0)} req/s; p50 per round ${rounds(lookup)} ms`,
      `store_regions_http:   same; ${g.n} requests, ${regionsRps.toFixed(0)} req/s; p50 per round ${rounds(regions)} ms`,
    ],
    notes: [
      "lookup mix: 80% sold units (active warranty, product titles joined), 10% units in stock, " +
        `10% unknown serials; ${seed.sold_serials.length + seed.in_stock_serials.length} seeded units, ` +
        "plus the batch-created ones. p50/p95 over all recorded responses of all rounds; the load " +
        "generator shares the machine with the server.",
    ],
  }
}

module.exports = { measureWarrantyLookup, lookupPaths, runRoute }
