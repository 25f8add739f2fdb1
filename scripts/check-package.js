// `npm run check:package`: proves the published package installs and works in stores that are
// not this repo, at the oldest and the newest Medusa of its peer range, and next to Medusa's own
// loyalty plugin.
//
// Builds and packs once. Then, per Medusa version (oldest and newest published @medusajs/medusa
// in the peer range, from the registry; CHECK_PACKAGE_MEDUSA_VERSIONS overrides): a scratch store
// shaped like the app starter with every @medusajs/* package pinned to that version, `npm install`,
// then a plain `npm install <tarball>` that must not hit a peer conflict (no --legacy-peer-deps,
// no --force), checks of the installed tree, and a resolve-only install into a minimal store
// (medusa, framework, cli). The stores install side by side; then each in turn runs
// `medusa db:migrate`, creates an admin, boots and goes through the plugin's routes
// (scripts/lib/store-smoke.js). One PostgreSQL (embedded unless DB_HOST is set, as for
// `npm test`) with a database per store; the npm cache is shared; the stores live in /dev/shm
// when it has room (CHECK_PACKAGE_WORK_DIR overrides). Prints every step's duration and one
// summary line per version; exits non-zero if any version fails (logs are then kept).
//
// The loyalty store: a core workflow hook takes one handler per process, and
// `@medusajs/loyalty-plugin` registers completeCartWorkflow's `orderCreated` and
// `beforePaymentAuthorization` (and refreshCartItemsWorkflow's, createOrderCreditLinesWorkflow's
// hooks). A store that already runs it (a dependency and a `plugins` entry from the start)
// installs this plugin, must boot (a second handler on one of those hooks would throw), pass the
// same route scenario, then place a real storefront order paid partly with a gift card
// (scripts/lib/loyalty-checkout.js): the loyalty hooks do their work and this plugin allocates a
// unit. The loyalty plugin pins all its @medusajs/* peers to one Medusa version, so that store
// must be at that version: the newest loyalty release pinning a Medusa of our range
// (CHECK_PACKAGE_LOYALTY_VERSION overrides). When that version is one the range check installs
// anyway, the loyalty plugin joins that store (one store fewer); otherwise (today: loyalty 2.21.1
// pins 2.21.1, between the ends 2.21.0 and 2.21.2) it is a third store. It cannot replace an end:
// the loyalty plugin does not install at 2.21.0 or 2.21.2 without a peer conflict, and its
// 2.21.0 release would leave the newest loyalty untested. The third store installs side by side
// with the others (shared npm cache) and skips the minimal-store resolve (a check of the range
// ends); it adds about a minute and a half. The stores run `medusa start` with
// MEDUSA_WORKER_MODE=shared (Medusa's default, set explicitly) so subscribers run.

const fs = require("fs")
const os = require("os")
const path = require("path")
const { execFileSync } = require("child_process")
const { resolveDatabase, ensureDatabase } = require("./lib/db-env")
const { formatError } = require("./lib/embedded-pg")
const { run, exit, onCleanup } = require("./lib/proc")
const { runCaptured, tail } = require("./lib/captured")
const {
  medusaVersionsToCheck,
  loyaltyPluginToCheck,
  compareVersions,
} = require("./lib/medusa-versions")
const { startServer, waitForHealth, freePort } = require("./lib/scratch-server")
const store = require("./lib/scratch-store")
const { smokeTestStore } = require("./lib/store-smoke")
const { loyaltyCheckout } = require("./lib/loyalty-checkout")

const ROOT = path.join(__dirname, "..")
const pkg = require(path.join(ROOT, "package.json"))
const ADMIN = { email: "pack@check.test", password: "pack-check-1" }
const BOOT_TIMEOUT_MS = 180000

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

class CheckFailure extends Error {}

// Where the scratch stores go (about 1 GB and 60,000 files each): CHECK_PACKAGE_WORK_DIR, else
// /dev/shm when it is a RAM disk with room (npm writes and deletes them several times faster
// there), else the system temp dir.
function scratchRoot() {
  if (process.env.CHECK_PACKAGE_WORK_DIR) {
    return path.resolve(process.env.CHECK_PACKAGE_WORK_DIR)
  }
  try {
    const shm = fs.statfsSync("/dev/shm")
    if (shm.bavail * shm.bsize > 6 * 1024 ** 3) return "/dev/shm"
  } catch {
    // No /dev/shm (macOS, Windows) or no statfs: fall through.
  }
  return os.tmpdir()
}

function checker(label) {
  return (condition, message) => {
    if (!condition)
      throw new CheckFailure(`packaging check failed (${label}): ${message}`)
    console.log(`  [${label}] ok: ${message}`)
  }
}

// Runs `fn` as a named step of `target` (a version's state, or the shared one) and times it.
async function step(target, name, fn) {
  const started = Date.now()
  console.log(`\n> [${target.label}] ${name}`)
  try {
    return await fn()
  } catch (err) {
    target.failedSteps.push(name)
    throw err
  } finally {
    const ms = Date.now() - started
    target.steps.push({ name, ms, started })
    console.log(`< [${target.label}] ${name}: ${seconds(ms)}`)
  }
}

// A captured command that must exit 0; on failure the error carries the end of its output.
async function mustCapture(what, command, args, options) {
  const result = await runCaptured(command, args, options)
  if (result.code !== 0) {
    throw new CheckFailure(
      `${what} exited with ${result.code} (log: ${options.logFile}):\n${tail(result.output)}`
    )
  }
  return result
}

function checkTarball(tarball, check) {
  const files = execFileSync("tar", ["tzf", tarball], {
    encoding: "utf8",
  }).split("\n")
  check(
    files.some((f) => f.endsWith("modules/serial-inventory/index.js")),
    "tarball has the compiled module"
  )
  check(
    files.some((f) => /migrations\/Migration\d+\.js$/.test(f)),
    "tarball has the migrations"
  )
  check(
    files.some((f) => f.endsWith("src/admin/index.mjs")),
    "tarball has the admin bundle"
  )
  check(
    !files.some((f) =>
      /__tests__|\.spec\.|medusa-config|integration-tests/.test(f)
    ),
    "tarball has no tests or dev config"
  )
}

// Install the starter-shaped store, then the plugin into it; check the installed tree.
async function installStore(v, { work, tarball, logDir }) {
  const check = checker(v.label)
  const logFile = path.join(logDir, `${v.version}-install.log`)
  const options = { allowScripts: pkg.allowScripts, pluginName: pkg.name }
  v.dir = path.join(work, `store-${v.version}`)
  const otherPlugins = v.loyalty ? { [v.loyalty.name]: v.loyalty.version } : {}
  store.writeStore(v.dir, { ...options, version: v.version, otherPlugins })

  await step(v, "npm install (store)", () =>
    mustCapture(
      `npm install of the Medusa ${v.version} store`,
      "npm",
      ["install", ...store.NPM_FLAGS, "--prefix", v.dir],
      { cwd: v.dir, logFile }
    )
  )
  await step(v, "npm install <tarball> (plugin)", async () => {
    const plugin = await runCaptured(
      "npm",
      ["install", ...store.NPM_FLAGS, tarball, "--prefix", v.dir],
      { cwd: v.dir, logFile }
    )
    const conflicts = store.peerConflictLines(plugin.output)
    check(
      conflicts.length === 0,
      `plain npm install of the tarball hits no peer conflict (ERESOLVE)` +
        (conflicts.length ? `:\n${tail(plugin.output)}` : "")
    )
    check(
      plugin.code === 0,
      `npm install of the tarball exits 0` +
        (plugin.code ? ` (got ${plugin.code}):\n${tail(plugin.output)}` : "")
    )
  })

  await step(v, "check installed tree", async () => {
    const pluginDir = path.join(v.dir, "node_modules", pkg.name)
    const installed = store.findInstalled(v.dir, pkg.name)
    check(
      installed?.version === pkg.version,
      `${pkg.name}@${pkg.version} is installed`
    )
    const seen = []
    for (const name of Object.keys(pkg.peerDependencies)) {
      const found = store.findInstalled(pluginDir, name)
      check(!!found, `the plugin finds its peer ${name}`)
      seen.push(`${name.replace("@medusajs/", "")} ${found.version}`)
      if (
        name.startsWith("@medusajs/") &&
        name !== "@medusajs/ui" &&
        name !== "@medusajs/icons"
      ) {
        check(
          found.version === v.version,
          `the plugin uses the store's ${name}@${v.version}`
        )
      }
    }
    v.peers = seen.join(", ")
    if (v.loyalty) {
      const loyalty = store.findInstalled(v.dir, v.loyalty.name)
      check(
        loyalty?.version === v.loyalty.version,
        `${v.loyalty.name}@${v.loyalty.version} stays installed next to the plugin`
      )
    }
    const ls = await runCaptured("npm", ["ls", "--all", "--prefix", v.dir], {
      cwd: v.dir,
      logFile,
    })
    check(
      ls.code === 0,
      "npm ls --all reports no invalid or missing dependency" +
        (ls.code
          ? `:\n${tail(
              ls.output
                .split("\n")
                .filter((l) => /invalid|missing|ERR/.test(l))
                .join("\n")
            )}`
          : "")
    )
  })
}

// Resolve-only install (no node_modules) of the plugin into a store with only medusa, framework and
// cli: npm must not pull in an optional peer (test-utils, ui, ...) that pins another Medusa.
async function resolveMinimalStore(v, { work, tarball, logDir }) {
  const check = checker(v.label)
  const dir = path.join(work, `minimal-${v.version}`)
  const logFile = path.join(logDir, `${v.version}-minimal.log`)
  store.writeMinimalStore(dir, {
    allowScripts: pkg.allowScripts,
    pluginName: pkg.name,
    version: v.version,
    tarball,
  })
  await step(v, "resolve into a minimal store", async () => {
    const result = await runCaptured(
      "npm",
      ["install", "--package-lock-only", ...store.NPM_FLAGS, "--prefix", dir],
      { cwd: dir, logFile }
    )
    check(
      result.code === 0 && store.peerConflictLines(result.output).length === 0,
      "a store with only medusa, framework and cli resolves the plugin without a peer conflict" +
        (result.code ? `:\n${tail(result.output)}` : "")
    )
    const lock = JSON.parse(
      fs.readFileSync(path.join(dir, "package-lock.json"), "utf8")
    )
    const framework = lock.packages["node_modules/@medusajs/framework"]
    check(
      framework?.version === v.version,
      `and keeps @medusajs/framework at ${v.version}`
    )
  })
}

// Migrate, create an admin, boot, and run the HTTP scenario.
async function bootStore(v, { db, logDir }) {
  const check = checker(v.label)
  const logFile = path.join(logDir, `${v.version}-medusa.log`)
  const databaseUrl = db.databaseUrl(
    `medusa_serial_pack_${process.pid}_${v.version.replace(/\W/g, "_")}`
  )
  await ensureDatabase(databaseUrl)
  const env = {
    ...process.env,
    ...db.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_WORKER_MODE: "shared", // subscribers (order.placed allocation) run in this process
  }
  delete env.NODE_OPTIONS
  const medusa = path.join(v.dir, "node_modules", ".bin", "medusa")
  const inStore = (what, args) =>
    mustCapture(what, medusa, args, { cwd: v.dir, env, logFile })

  await step(v, "medusa db:migrate", () =>
    inStore("medusa db:migrate", ["db:migrate"])
  )
  await step(v, "medusa user", () =>
    inStore("medusa user", ["user", "-e", ADMIN.email, "-p", ADMIN.password])
  )
  const port = await freePort()
  const server = startServer(v.dir, medusa, { ...env, PORT: String(port) })
  onCleanup(server.stop)
  try {
    await step(v, "boot (medusa start until /health)", async () => {
      const exited = new Promise((_, reject) =>
        server.child.once("close", (code) =>
          reject(
            new CheckFailure(
              `medusa start exited with ${code}:\n${tail(fs.readFileSync(server.logFile, "utf8"))}`
            )
          )
        )
      )
      exited.catch(() => {}) // Also rejects when we stop the server later.
      await Promise.race([waitForHealth(port, BOOT_TIMEOUT_MS), exited])
    })
    v.routes = await step(v, "routes", () => smokeTestStore(port, ADMIN, check))
    if (v.loyalty) {
      v.order = await step(
        v,
        "storefront order through both plugins' hooks",
        () => loyaltyCheckout(port, ADMIN, check)
      )
    }
  } catch (err) {
    if (fs.existsSync(server.logFile)) {
      console.error(
        `[${v.label}] server log ${server.logFile}:\n${tail(fs.readFileSync(server.logFile, "utf8"))}`
      )
    }
    throw err
  } finally {
    await server.stop()
  }
  fs.rmSync(server.logFile, { force: true })
}

function summary(v) {
  // Wall time from its first step to its last (its install steps overlap the other version's).
  const first = Math.min(...v.steps.map((s) => s.started))
  const last = Math.max(...v.steps.map((s) => s.started + s.ms))
  const total = v.steps.length ? last - first : 0
  const what = v.failures.length
    ? `FAILED at ${v.failedSteps.map((name) => `"${name}"`).join(", ")}`
    : `ok (plugin installs without peer conflict${v.loyalty ? ` next to ${v.loyalty.name}@${v.loyalty.version}` : ""}, migrate, boot, ${v.routes} plugin routes${v.order ? `, ${v.order}` : ""}; ${v.peers})`
  return `check:package ${v.label} ${what} in ${Math.round(total / 1000)} s`
}

async function main() {
  const started = Date.now()
  const shared = { label: "package", steps: [], failedSteps: [] }
  const work = fs.mkdtempSync(path.join(scratchRoot(), "medusa-serial-pack-"))
  const logDir = fs.mkdtempSync(
    path.join(os.tmpdir(), "medusa-serial-pack-logs-")
  )
  onCleanup(() => fs.rmSync(work, { recursive: true, force: true }))

  await step(shared, "build", async () => {
    if ((await run("npm", ["run", "build"])) !== 0)
      throw new CheckFailure("npm run build failed")
  })
  await step(shared, "pack", async () => {
    if ((await run("npm", ["pack", "--pack-destination", work])) !== 0)
      throw new CheckFailure("npm pack failed")
  })
  const tarball = path.join(work, `${pkg.name}-${pkg.version}.tgz`)
  checkTarball(tarball, checker("package"))

  const range = pkg.peerDependencies["@medusajs/medusa"]
  const plan = await step(shared, "resolve Medusa versions", async () =>
    medusaVersionsToCheck(range)
  )
  console.log(
    `  peer range ${range}: published ${plan.inRange.join(", ")}; checking ${plan.versions.join(" and ")} (${plan.source})`
  )
  const loyalty = await step(shared, "resolve the loyalty plugin", async () =>
    loyaltyPluginToCheck(range, plan.inRange)
  )
  const target = (version, rangeEnd) => ({
    version,
    label: version,
    rangeEnd,
    steps: [],
    failures: [],
    failedSteps: [],
  })
  const versions = plan.versions.map((version) => target(version, true))
  let loyaltyStore = versions.find((v) => v.version === loyalty.medusaVersion)
  if (!loyaltyStore) {
    loyaltyStore = target(loyalty.medusaVersion, false)
    versions.push(loyaltyStore)
    versions.sort((a, b) => compareVersions(a.version, b.version))
  }
  loyaltyStore.loyalty = loyalty
  loyaltyStore.label = `${loyalty.medusaVersion}+loyalty`
  console.log(
    `  ${loyalty.name}@${loyalty.version} pins Medusa ${loyalty.medusaVersion} (${loyalty.source}): ` +
      (loyaltyStore.rangeEnd
        ? `it joins the ${loyalty.medusaVersion} store`
        : `a store of its own`)
  )

  // Installs (network and disk) side by side, with the embedded PostgreSQL starting meanwhile.
  const dbReady = step(shared, "start PostgreSQL", () =>
    resolveDatabase({ purpose: "test" })
  )
  dbReady.catch(() => {}) // Awaited below, after the installs.
  await Promise.all(
    versions.map((v) =>
      Promise.allSettled([
        installStore(v, { work, tarball, logDir }),
        v.rangeEnd && resolveMinimalStore(v, { work, tarball, logDir }),
      ]).then((results) => {
        for (const r of results)
          if (r.status === "rejected") v.failures.push(r.reason)
      })
    )
  )

  const db = await dbReady
  onCleanup(db.stop)

  // Migrate, boot and the routes one store at a time (CPU-bound on a small machine).
  for (const v of versions) {
    if (v.failures.length) continue
    await bootStore(v, { db, logDir }).catch((err) => v.failures.push(err))
  }

  await step(shared, "remove the scratch stores", async () =>
    fs.rmSync(work, { recursive: true, force: true })
  )

  console.log("\nStep durations:")
  const width = Math.max(...[shared, ...versions].map((t) => t.label.length))
  for (const t of [shared, ...versions]) {
    for (const s of t.steps)
      console.log(
        `  ${t.label.padEnd(width)} ${s.name.padEnd(56)} ${seconds(s.ms)}`
      )
  }
  console.log("")
  const failed = versions.filter((v) => v.failures.length)
  for (const v of failed) {
    for (const err of v.failures) {
      const text = err instanceof CheckFailure ? err.message : err?.stack
      console.error(`\n[${v.label}] ${text || err}`)
    }
  }
  for (const v of versions) console.log(summary(v))
  const total = Math.round((Date.now() - started) / 1000)
  if (failed.length) {
    console.error(
      `check:package FAILED for ${failed.map((v) => v.label).join(", ")} after ${total} s; logs in ${logDir}`
    )
    return 1
  }
  fs.rmSync(logDir, { recursive: true, force: true })
  console.log(
    `check:package passed for Medusa ${plan.versions.join(" and ")} (peer range ${range}) ` +
      `and ${loyalty.medusaVersion} with ${loyalty.name}@${loyalty.version} in ${total} s`
  )
  return 0
}

main().then(
  (code) => exit(code),
  (err) => {
    console.error(formatError(err))
    return exit(1)
  }
)
