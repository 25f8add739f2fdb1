// Measure `warranty_lookup_rate_limited_http`: the same warranty lookups as `warranty_lookup_http`
// (autocannon, 10 connections, 80% sold / 10% in stock / 10% unknown) on the bench server, whose
// warranty rate limiter is on with limits the load never reaches (every request is counted, none
// refused: a 429 fails the measure), against a second `medusa start` on the same database,
// started the same way but with the limiter off by option (`warranty_rate_limit.enabled: false`).
// Rounds alternate between the two servers, each with a warm-up that is not recorded. Counters
// are in process memory, or in Redis when BENCH_REDIS_URL is set (the option `redis_url`).

const { freePort, startServer } = require("../lib/medusa")
const { summary, ratio } = require("../lib/stats")
const { lookupPaths, runRoute } = require("./warranty-lookup")

const ROUNDS = Number(process.env.BENCH_LOOKUP_ROUNDS || 3)
const SECONDS = Number(process.env.BENCH_LOOKUP_SECONDS || 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const TARGET_RATIO = 1.1
const REDIS_URL = process.env.BENCH_REDIS_URL || ""
const NEVER = { points: 1_000_000_000, duration_s: 60 }

/** The bench server's plugin options: the limiter on, never refusing. */
const RATE_LIMITED_OPTIONS = {
  warranty_rate_limit: {
    per_ip: NEVER,
    per_key: NEVER,
    ...(REDIS_URL ? { redis_url: REDIS_URL } : {}),
    key_prefix: `serial_inventory:warranty:bench-${process.pid}`,
  },
}

async function measureWarrantyRateLimit(ctx) {
  const { api, seed, log, serverEnv, logFile } = ctx
  log("  starting a second server with the rate limiter off")
  const unlimitedServer = await startServer({
    env: {
      ...serverEnv,
      BENCH_SQL_COUNTER_PORT: String(await freePort()),
      SERIAL_INVENTORY_OPTIONS: JSON.stringify({
        warranty_rate_limit: { enabled: false },
      }),
    },
    port: await freePort(),
    logFile,
  })
  const limited = { latencies: [], seconds: 0, rounds: [] }
  const unlimited = { latencies: [], seconds: 0, rounds: [] }
  try {
    const nextLookup = lookupPaths(seed)
    const on = { baseUrl: api.baseUrl, publishableKey: api.publishableKey }
    const off = { ...on, baseUrl: unlimitedServer.baseUrl }
    for (let round = 1; round <= ROUNDS; round++) {
      // Alternate which side goes first, so drift in the machine's load hits both alike.
      const sides = [
        [off, "lookup, limiter off", unlimited],
        [on, "lookup, limiter on", limited],
      ]
      if (round % 2 === 0) sides.reverse()
      for (const [side, label, pooled] of sides)
        await runRoute(side, label, nextLookup, pooled)
      log(
        `  rate limit round ${round}/${ROUNDS}: limiter on p50 ${limited.rounds.at(-1).toFixed(2)} ms, ` +
          `off p50 ${unlimited.rounds.at(-1).toFixed(2)} ms`
      )
    }
  } finally {
    await unlimitedServer.stop()
  }

  const l = summary(limited.latencies)
  const u = summary(unlimited.latencies)
  const limitedRps = l.n / limited.seconds
  const unlimitedRps = u.n / unlimited.seconds
  const r = ratio(l.p50, u.p50)
  const met = r !== null && r <= TARGET_RATIO
  const store = REDIS_URL ? "Redis" : "in process"
  const rounds = (x) => x.rounds.map((v) => v.toFixed(2)).join(", ")
  // Paired per round (the two sides ran back to back): shows how much of the pooled ratio is load drift.
  const roundRatios = limited.rounds.map((v, i) =>
    ratio(v, unlimited.rounds[i])
  )
  return {
    json: {
      name: "warranty_lookup_rate_limited_http",
      value: l.p50,
      unit: "ms",
      baseline: u.p50,
      ratio: r,
      target: `ratio <= ${TARGET_RATIO}`,
      met,
      p95: l.p95,
      rps: limitedRps,
      requests: l.n,
      connections: CONNECTIONS,
      counters: store,
      baseline_name: "warranty_lookup_unlimited_http",
      baseline_p95: u.p95,
      baseline_rps: unlimitedRps,
      round_ratios: roundRatios.map((x) => Math.round(x * 1000) / 1000),
    },
    rows: [
      {
        label: "warranty_lookup_rate_limited_http",
        unit: "ms",
        p50: l.p50,
        p95: l.p95,
        baseline: u.p50,
        ratio: r,
        target: `<= ${TARGET_RATIO}x limiter off`,
        met,
        rps: limitedRps,
      },
      {
        label: "  baseline: limiter off (option)",
        unit: "ms",
        p50: u.p50,
        p95: u.p95,
        rps: unlimitedRps,
      },
    ],
    details: [
      `warranty_lookup_rate_limited_http: counters ${store}; ${ROUNDS} x ${SECONDS} s per side after warm-ups; ` +
        `${l.n} requests, ${limitedRps.toFixed(0)} req/s; p50 per round ${rounds(limited)} ms`,
      `warranty_lookup_unlimited_http:    second server, limiter off; ${u.n} requests, ` +
        `${unlimitedRps.toFixed(0)} req/s; p50 per round ${rounds(unlimited)} ms`,
      `warranty_lookup_rate_limited_http: on/off p50 ratio per round ${roundRatios.map((x) => x.toFixed(2)).join(", ")}`,
    ],
    notes: [
      "rate limiter: both servers run the same code and SQL counter preload on the same database; " +
        "only `warranty_rate_limit.enabled` differs. The limited side's limits are never reached " +
        "(a 429 would fail the measure), so every request pays for both counters.",
    ],
  }
}

module.exports = { measureWarrantyRateLimit, RATE_LIMITED_OPTIONS }
