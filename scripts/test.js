// `npm test`: runs the unit, module-integration and HTTP-integration Jest groups in sequence
// against one PostgreSQL (embedded unless DB_HOST is set), then prints a summary.
// Usage: node scripts/test.js [extra jest args]   env: TEST_GROUPS=unit,integration:http

const fs = require("fs")
const os = require("os")
const path = require("path")
const { resolveDatabase } = require("./lib/db-env")
const { formatError } = require("./lib/embedded-pg")
const { run, exit, onCleanup } = require("./lib/proc")

const ALL_GROUPS = [
  "unit",
  "integration:modules",
  "integration:http",
  // Two `medusa start` processes on one database and Redis (skips without Redis).
  "integration:processes",
  // The admin UI in Chromium against a store with the dashboard (skips without Chromium).
  "browser",
]

function selectedGroups() {
  if (!process.env.TEST_GROUPS) return ALL_GROUPS
  const groups = process.env.TEST_GROUPS.split(",")
    .map((g) => g.trim())
    .filter(Boolean)
  const unknown = groups.filter((g) => !ALL_GROUPS.includes(g))
  if (unknown.length)
    throw new Error(`Unknown TEST_GROUPS: ${unknown.join(", ")}`)
  return groups
}

function nodeOptions() {
  const options = (process.env.NODE_OPTIONS || "").split(/\s+/).filter(Boolean)
  // Medusa's test runner loads its config with a dynamic import().
  if (!options.includes("--experimental-vm-modules"))
    options.push("--experimental-vm-modules")
  if (!options.some((o) => o.startsWith("--max-old-space-size"))) {
    // The HTTP group boots a Medusa app per file in one Jest process, and each
    // leaves some hundred MB behind: 24 files pass 4 GB.
    options.push("--max-old-space-size=8192")
  }
  return options.join(" ")
}

function readReport(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return null
  }
}

async function runGroup(group, { env, extraArgs, outDir }) {
  const outputFile = path.join(outDir, `${group.replace(/\W/g, "-")}.json`)
  console.log(`\n=== jest: TEST_TYPE=${group} ===\n`)
  const started = Date.now()
  const args = [
    "jest",
    "--runInBand",
    "--forceExit",
    "--passWithNoTests",
    "--json",
  ]
  const code = await run(
    "npx",
    [...args, `--outputFile=${outputFile}`, ...extraArgs],
    {
      env: { ...env, TEST_TYPE: group },
    }
  )
  const report = readReport(outputFile)
  const result = {
    group,
    code,
    seconds: (Date.now() - started) / 1000,
    passed: report ? report.numPassedTests : 0,
    failed: report ? report.numFailedTests : 0,
    total: report ? report.numTotalTests : 0,
    brokenSuites: report ? report.numRuntimeErrorTestSuites : 0,
  }
  if (!report || code !== 0 || !report.success) result.status = "FAIL"
  else if (result.total === 0)
    result.status = extraArgs.length ? "SKIP" : "EMPTY"
  else result.status = "PASS"
  result.hasReport = !!report
  return result
}

function details(r) {
  if (!r.hasReport) return `no jest report (exit code ${r.code})`
  if (r.status === "SKIP") return "no tests matched the given arguments"
  if (r.status === "EMPTY") return "no tests found"
  const parts = [`${r.passed} passed`, `${r.failed} failed`]
  if (r.brokenSuites) parts.push(`${r.brokenSuites} suite(s) failed to run`)
  else if (r.status === "FAIL" && r.failed === 0)
    parts.push(`jest exited with code ${r.code}`)
  return parts.join(", ")
}

function printSummary(results) {
  console.log("\n=== Summary ===")
  for (const r of results) {
    const time = `(${r.seconds.toFixed(1)}s)`
    console.log(
      `${r.status.padEnd(5)} ${r.group.padEnd(20)} ${details(r)} ${time}`
    )
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0)
  const failed = results.reduce((sum, r) => sum + r.failed, 0)
  console.log(`${passed} passed, ${failed} failed`)
  const ranNothing = passed + failed === 0
  return (
    results.every((r) => r.status === "PASS" || r.status === "SKIP") &&
    !ranNothing
  )
}

async function main() {
  const groups = selectedGroups()
  const extraArgs = process.argv.slice(2)

  const db = await resolveDatabase({ purpose: "test" })
  onCleanup(db.stop)
  const where = db.embedded
    ? `embedded, port ${db.env.DB_PORT}, ${db.dataDir}`
    : "from DB_HOST"
  console.log(`PostgreSQL: ${db.env.DB_HOST}:${db.env.DB_PORT} (${where})`)

  const outDir = fs.mkdtempSync(
    path.join(os.tmpdir(), "medusa-serial-inventory-jest-")
  )
  onCleanup(() => fs.rmSync(outDir, { recursive: true, force: true }))
  const env = { ...process.env, ...db.env, NODE_OPTIONS: nodeOptions() }

  const results = []
  for (const group of groups)
    results.push(await runGroup(group, { env, extraArgs, outDir }))

  await db.stop()
  const ok = printSummary(results)
  await exit(ok ? 0 : 1)
}

main().catch((err) => {
  console.error(formatError(err))
  exit(1)
})
