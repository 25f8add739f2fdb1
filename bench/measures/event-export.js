// Measure `event_export_1m`: GET /admin/serial-events/export over 1,000,000 lifecycle events, in
// each format (csv, jsonl, epcis), and over 100,000 events for comparison. The events are seeded
// with two set-based INSERTs (no workflow): 110,000 units of the seed's item (10,000 with lot
// `<tag>-S`, 100,000 with lot `<tag>-L`), ten events each (received, allocated, picked, shipped,
// delivered, returned, restocked, moved, condition_changed, note), every ten units sharing an
// `order_id`, so the export's groups hold ten serials: 10,000 groups for the small set and
// 100,000 for the large one (the export filters by `lot`). Each export is read to the end by a
// client that keeps nothing but counts; wall time from the request to the last byte. Peak RSS
// growth is the largest resident memory of the server's process group during the export, minus
// its value just before it (sampled every 100 ms from /proc), after one unrecorded warm-up export
// per format. Target: growth <= 100 MB at 1M, in every format (the 100k figure is shown next to
// it). V8 collects lazily: run with BENCH_SERVER_NODE_OPTIONS=--max-old-space-size=600 to see
// that the growth is garbage (every export completes under the cap and RSS falls back between
// exports); without a cap the heap grows into its headroom first.

const crypto = require("crypto")
const { withClient } = require("../lib/db")
const { sampleRss } = require("../lib/rss")

const LARGE_UNITS = Number(process.env.BENCH_EXPORT_UNITS || 100000)
const SMALL_UNITS = LARGE_UNITS / 10
const EVENTS_PER_UNIT = 10
const TARGET_MB = 100
const MB = 1024 * 1024
const FORMATS = ["csv", "jsonl", "epcis"]
const TYPES = [
  ["received", null, "in_stock"],
  ["allocated", "in_stock", "reserved"],
  ["picked", "reserved", "reserved"],
  ["shipped", "reserved", "sold"],
  ["delivered", "sold", "sold"],
  ["returned", "sold", "returned"],
  ["restocked", "returned", "in_stock"],
  ["moved", null, null],
  ["condition_changed", null, null],
  ["note", null, null],
]

async function seedEvents(databaseUrl, seed, tag) {
  await withClient(databaseUrl, async (client) => {
    // Units: set S (the first SMALL_UNITS) and set L, one statement.
    await client.query(
      `INSERT INTO serial_number (id, serial, normalized_serial, status, inventory_item_id,
         stock_location_id, lot, created_at, updated_at)
       SELECT 'sn_exb_' || $1 || '_' || n, 'EXB-' || $1 || '-' || lpad(n::text, 7, '0'),
              lower('EXB-' || $1 || '-' || lpad(n::text, 7, '0')), 'in_stock', $2, $3,
              $1 || CASE WHEN n <= $4 THEN '-S' ELSE '-L' END, now(), now()
       FROM generate_series(1, $5::int) AS n`,
      [
        tag,
        seed.inventory_item_id,
        seed.stock_location_id,
        SMALL_UNITS,
        SMALL_UNITS + LARGE_UNITS,
      ]
    )
    // Events: ten per unit, one statement; every ten units share an order (one group per type).
    await client.query(
      `INSERT INTO serial_event (id, serial_number_id, type, from_status, to_status,
         actor_type, stock_location_id, order_id, created_at, updated_at)
       SELECT 'sev_exb_' || $1 || '_' || t.slot || '_' || n, 'sn_exb_' || $1 || '_' || n,
              t.type, t.from_status, t.to_status, 'system', $2,
              'order_exb_' || $1 || '_' || ((n - 1) / 10),
              timestamptz '2026-01-01' + (t.slot * 1000000 + n) * interval '1 millisecond',
              now()
       FROM generate_series(1, $3::int) AS n
       CROSS JOIN jsonb_to_recordset($4::jsonb)
         AS t(slot int, type text, from_status text, to_status text)`,
      [
        tag,
        seed.stock_location_id,
        SMALL_UNITS + LARGE_UNITS,
        JSON.stringify(
          TYPES.map(([type, from_status, to_status], slot) => ({
            slot,
            type,
            from_status,
            to_status,
          }))
        ),
      ]
    )
    await client.query("ANALYZE serial_number")
    await client.query("ANALYZE serial_event")
  })
}

/** Reads the whole response, keeping only counts: bytes, newlines, and the last bytes. */
async function drain(res) {
  const reader = res.body.getReader()
  let bytes = 0
  let newlines = 0
  let tail = ""
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.length
    for (let i = 0; i < value.length; i++) if (value[i] === 10) newlines++
    tail = (tail + Buffer.from(value.subarray(-16)).toString()).slice(-16)
  }
  return { bytes, newlines, tail }
}

async function exportOnce({ api, serverPid }, lot, format) {
  const rss = sampleRss(serverPid)
  const started = process.hrtime.bigint()
  const res = await fetch(
    `${api.baseUrl}/admin/serial-events/export?format=${format}&lot=${encodeURIComponent(lot)}`,
    { headers: { authorization: api.adminAuth } }
  )
  if (res.status !== 200) {
    throw new Error(`export ${format}: ${res.status} ${await res.text()}`)
  }
  const body = await drain(res)
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const { start, peak } = rss.stop()
  return {
    seconds,
    growthMb: start === null ? null : (peak - start) / MB,
    startMb: start === null ? null : start / MB,
    peakMb: peak === null ? null : peak / MB,
    ...body,
  }
}

function checkShape(format, body, groups) {
  const lines =
    format === "csv"
      ? body.newlines - 1
      : format === "jsonl"
        ? body.newlines
        : null
  if (lines !== null && lines !== groups) {
    throw new Error(`${format}: ${lines} rows for ${groups} groups`)
  }
  if (format === "epcis" && !body.tail.endsWith("]}}")) {
    throw new Error(`epcis: document does not end the event list: ${body.tail}`)
  }
}

async function measureEventExport(ctx) {
  const { seed, databaseUrl, log } = ctx
  const tag = crypto.randomBytes(3).toString("hex").toUpperCase()
  const seedStarted = Date.now()
  await seedEvents(databaseUrl, seed, tag)
  const large = LARGE_UNITS * EVENTS_PER_UNIT
  const small = SMALL_UNITS * EVENTS_PER_UNIT
  log(
    `  seeded ${small + large} events in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`
  )
  // Warm-up (not recorded): the first export loads and compiles the route's code.
  for (const format of FORMATS) await exportOnce(ctx, `${tag}-S`, format)
  const results = {}
  for (const format of FORMATS) {
    for (const [size, lot, events] of [
      ["100k", `${tag}-S`, small],
      ["1m", `${tag}-L`, large],
    ]) {
      const r = await exportOnce(ctx, lot, format)
      checkShape(format, r, events / 10)
      results[`${format}_${size}`] = r
      log(
        `  ${format} ${size}: ${r.seconds.toFixed(1)} s, ${(r.bytes / MB).toFixed(1)} MB out, RSS +${r.growthMb?.toFixed(0)} MB (${r.startMb?.toFixed(0)} -> ${r.peakMb?.toFixed(0)} MB)`
      )
    }
  }
  const rows = []
  let met = true
  for (const format of FORMATS) {
    const s = results[`${format}_100k`]
    const l = results[`${format}_1m`]
    const ok = l.growthMb !== null && l.growthMb <= TARGET_MB
    met = met && ok
    rows.push(
      {
        label: `event_export_1m ${format} (wall s)`,
        unit: "s",
        p50: Number(l.seconds.toFixed(1)),
        target: `(100k: ${s.seconds.toFixed(1)} s)`,
        met: true,
      },
      {
        label: `event_export_1m ${format} (RSS growth MB)`,
        unit: "MB",
        p50: l.growthMb === null ? null : Number(l.growthMb.toFixed(0)),
        target: `<= ${TARGET_MB} MB, 100k: ${s.growthMb?.toFixed(0)} MB`,
        met: ok,
      }
    )
  }
  return {
    json: {
      name: "event_export_1m",
      value: Math.max(...FORMATS.map((f) => results[`${f}_1m`].growthMb ?? 0)),
      unit: "MB",
      baseline: null,
      ratio: null,
      target: `peak RSS growth <= ${TARGET_MB} MB at 1M events in every format`,
      met,
      events: large,
      groups: large / 10,
      results: Object.fromEntries(
        Object.entries(results).map(([k, r]) => [
          k,
          {
            seconds: r.seconds,
            bytes: r.bytes,
            rss_growth_mb: r.growthMb,
            rss_start_mb: r.startMb,
            rss_peak_mb: r.peakMb,
          },
        ])
      ),
    },
    rows,
    details: [
      `event_export_1m: ${large} events (${large / 10} groups of 10 serials) and ${small} events ` +
        `(${small / 10} groups), seeded by SQL; each format exported over HTTP and read to the end: ` +
        FORMATS.map(
          (f) =>
            `${f} ${results[`${f}_100k`].seconds.toFixed(1)} s / ${results[`${f}_1m`].seconds.toFixed(1)} s, ` +
            `${(results[`${f}_1m`].bytes / MB).toFixed(0)} MB at 1M, RSS +${results[`${f}_100k`].growthMb?.toFixed(0)} / +${results[`${f}_1m`].growthMb?.toFixed(0)} MB`
        ).join("; ") +
        " (100k / 1M; one run each).",
    ],
  }
}

module.exports = { measureEventExport }
