// Talks to bench/sql-counter.js inside the server (reset / record / read the statement count)
// and formats recorded statements for BENCH_VERBOSE=1 output.

function counter(port) {
  const call = async (path) =>
    (await fetch(`http://127.0.0.1:${port}${path}`)).json()
  return {
    reset: () => call("/reset"),
    read: () => call("/read"),
    record: (on) => call(`/record?on=${on ? 1 : 0}`),
  }
}

function describeStatements(label, statements, requestMs) {
  const sqlMs = statements.reduce((sum, s) => sum + (s.ms || 0), 0)
  const lines = [
    `${label}: ${statements.length} statement(s), ${sqlMs.toFixed(1)} ms waiting on SQL ` +
      `of ${requestMs.toFixed(1)} ms for the request (statements may overlap)`,
  ]
  statements.forEach((s, i) => {
    const ms = s.ms === null ? "    ?" : s.ms.toFixed(1).padStart(7)
    lines.push(
      `  ${String(i + 1).padStart(2)}. ${ms} ms  ${s.sql.slice(0, 100)}`
    )
  })
  return lines
}

module.exports = { counter, describeStatements }
