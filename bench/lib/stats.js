// Small statistics helpers for the benchmarks: percentiles (nearest rank on sorted copies),
// rounding for display and JSON.

function percentile(values, p) {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

function summary(values) {
  return {
    n: values.length,
    min: values.length ? Math.min(...values) : null,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length ? Math.max(...values) : null,
  }
}

function round(value, digits = 2) {
  if (value === null || value === undefined || !Number.isFinite(value))
    return null
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

function ratio(value, baseline) {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0)
    return null
  return value / baseline
}

module.exports = { percentile, summary, round, ratio }
