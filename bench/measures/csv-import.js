// Measure `csv_import_100k_http`: one CSV of 100,000 units (item and location ids, a lot and the
// template's two attributes as `attr:` columns) sent to POST /admin/serial-imports, then
// GET /admin/serial-imports/:id polled every 250 ms until the background workflow is done.
// Wall time runs from the upload to the `completed` status. Peak RSS growth is the largest
// resident memory of the server's process group while the import runs, minus its value just
// before the upload (sampled every 100 ms from /proc). Targets: <= 60 s and <= 300 MB.

const crypto = require("crypto")

const { sampleRss } = require("../lib/rss")

const ROWS = Number(process.env.BENCH_IMPORT_ROWS || 100000)
const TARGET_S = 60
const TARGET_MB = 300
const MB = 1024 * 1024

function csvFile(seed, tag) {
  const lines = [
    "serial,inventory_item_id,stock_location_id,lot,received_at,attr:colour,attr:storage_gb",
  ]
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      [
        `CI-${tag}-${String(i).padStart(6, "0")}`,
        seed.inventory_item_id,
        seed.stock_location_id,
        `LOT-${Math.floor(i / 1000)}`,
        "2026-03-01",
        i % 2 ? "silver" : "graphite",
        i % 3 ? 128 : 256,
      ].join(",")
    )
  }
  return lines.join("\r\n") + "\r\n"
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function measureCsvImport({ api, seed, serverPid, log }) {
  const tag = crypto.randomBytes(3).toString("hex").toUpperCase()
  const body = csvFile(seed, tag)
  const rss = sampleRss(serverPid)
  const started = process.hrtime.bigint()
  const res = await fetch(
    `${api.baseUrl}/admin/serial-imports?filename=bench.csv`,
    {
      method: "POST",
      headers: { authorization: api.adminAuth, "content-type": "text/csv" },
      body,
    }
  )
  const created = await res.json()
  if (res.status !== 202) {
    throw new Error(
      `POST /admin/serial-imports: ${res.status} ${JSON.stringify(created).slice(0, 300)}`
    )
  }
  const id = created.serial_import.id
  const acceptedMs = Number(process.hrtime.bigint() - started) / 1e6
  let state = created.serial_import
  let lastLog = 0
  while (!["completed", "failed"].includes(state.status)) {
    await sleep(250)
    state = (
      await api.expect(200, "GET", `/admin/serial-imports/${id}`, {
        admin: true,
      })
    ).json.serial_import
    rss.phase(state.status)
    if (Date.now() - lastLog > 5000) {
      lastLog = Date.now()
      log(
        `  import ${state.status}: validated ${state.validated}, written ${state.processed}`
      )
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const { start, peak, phases } = rss.stop()
  const phaseMb = Object.entries(phases)
    .map(([p, bytes]) => `${p} ${((bytes - start) / MB).toFixed(0)}`)
    .join(", ")
  log(`  RSS growth by phase (MB): ${phaseMb}`)
  if (state.status !== "completed" || state.created !== ROWS) {
    throw new Error(
      `import ${id} ended ${state.status} with ${state.created} units: ${state.message ?? JSON.stringify(state.errors.slice(0, 3))}`
    )
  }
  const growthMb = start === null ? null : (peak - start) / MB
  const metTime = seconds <= TARGET_S
  const metRss = growthMb !== null && growthMb <= TARGET_MB
  log(
    `  import of ${ROWS} rows: ${seconds.toFixed(1)} s, RSS +${growthMb?.toFixed(0)} MB`
  )
  return {
    json: {
      name: "csv_import_100k_http",
      value: seconds,
      unit: "s",
      baseline: null,
      ratio: null,
      target: `<= ${TARGET_S} s and peak RSS growth <= ${TARGET_MB} MB`,
      met: metTime && metRss,
      rows: ROWS,
      bytes: Buffer.byteLength(body),
      accepted_ms: acceptedMs,
      rss_start_mb: start === null ? null : start / MB,
      rss_peak_mb: peak === null ? null : peak / MB,
      rss_growth_mb: growthMb,
      rss_growth_by_phase_mb: Object.fromEntries(
        Object.entries(phases).map(([p, bytes]) => [p, (bytes - start) / MB])
      ),
    },
    rows: [
      {
        label: "csv_import_100k_http (wall s)",
        unit: "s",
        p50: Number(seconds.toFixed(1)),
        target: `<= ${TARGET_S} s`,
        met: metTime,
      },
      {
        label: "csv_import_100k_http (RSS growth MB)",
        unit: "MB",
        p50: growthMb === null ? null : Number(growthMb.toFixed(0)),
        target: `<= ${TARGET_MB} MB`,
        met: metRss,
      },
    ],
    details: [
      `csv_import_100k_http: one ${(Buffer.byteLength(body) / MB).toFixed(1)} MB CSV of ${ROWS} rows ` +
        `(ids, lot, date, two attributes), upload answered 202 after ${acceptedMs.toFixed(0)} ms; ` +
        `wall time to "completed" ${seconds.toFixed(1)} s; server RSS ${(start / MB).toFixed(0)} MB ` +
        `before, peak ${(peak / MB).toFixed(0)} MB; growth by phase (MB): ${phaseMb} ` +
        `(one run, in-memory workflow engine, shared mode).`,
    ],
  }
}

module.exports = { measureCsvImport }
