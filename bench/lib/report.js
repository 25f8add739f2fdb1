// Output of `npm run bench`: an aligned table of all measures (with PASS/MISS per target), detail
// and note lines, then one JSON line per measure: {"name","value","unit","baseline","ratio",...}.

const { round } = require("./stats")

function fmt(value, unit) {
  if (value === null || value === undefined) return ""
  if (unit === "stmt") return `${round(value, 2)}`
  if (unit === "/s") return `${value.toFixed(0)}/s`
  if (unit === "ms")
    return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(2)} ms`
  return String(value)
}

function cells(row) {
  return [
    row.label,
    fmt(row.p50, row.unit),
    fmt(row.p95, row.unit),
    fmt(row.baseline, row.baselineUnit || row.unit),
    row.ratio === null || row.ratio === undefined
      ? ""
      : `${row.ratio.toFixed(2)}x`,
    row.rps === undefined ? "" : row.rps.toFixed(0),
    row.target || "",
    row.met === undefined
      ? ""
      : row.met
        ? "PASS"
        : `MISS ${row.why || ""}`.trim(),
  ]
}

function table(rows) {
  const header = [
    "measure",
    "p50",
    "p95",
    "baseline",
    "ratio",
    "per s",
    "target",
    "met?",
  ]
  const lines = [header, ...rows.map(cells)]
  const widths = header.map((_, i) =>
    Math.max(...lines.map((l) => l[i].length))
  )
  const right = new Set([1, 2, 3, 4, 5])
  const render = (l) =>
    l
      .map((c, i) =>
        right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])
      )
      .join("  ")
      .trimEnd()
  return [
    render(lines[0]),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...lines.slice(1).map(render),
  ]
}

function jsonLine(json) {
  const { name, value, unit, baseline, ratio, ...rest } = json
  const out = {
    name,
    value: round(value),
    unit,
    baseline: round(baseline),
    ratio: round(ratio, 3),
  }
  for (const [key, v] of Object.entries(rest))
    out[key] = typeof v === "number" ? round(v) : v
  return JSON.stringify(out)
}

function printReport(
  results,
  { header = [], write = (s) => process.stdout.write(s + "\n") } = {}
) {
  header.forEach((line) => write(line))
  write("")
  table(results.flatMap((r) => r.rows)).forEach((line) => write(line))
  write("")
  results.flatMap((r) => r.details || []).forEach((line) => write(line))
  write("")
  results
    .flatMap((r) => r.notes || [])
    .forEach((line) => write(`note: ${line}`))
  write("")
  results.forEach((r) => write(jsonLine(r.json)))
}

module.exports = { printReport }
