// Scratch Medusa stores for the packaging check: a folder shaped like the official app starter
// (`@medusajs/admin-sdk`, `cli`, `framework`, `medusa` as dependencies and `test-utils` as a dev
// dependency, all pinned to one version), a medusa-config.js listing the plugin under `plugins`,
// and the npm steps that install the store and then the plugin tarball into it the way a
// merchant would (plain `npm install`: no --legacy-peer-deps, no --force).

const fs = require("fs")
const path = require("path")
const { runCaptured } = require("./captured")

const STARTER_DEPENDENCIES = [
  "@medusajs/admin-sdk",
  "@medusajs/cli",
  "@medusajs/framework",
  "@medusajs/medusa",
]
const STARTER_DEV_DEPENDENCIES = ["@medusajs/test-utils"]
// The least a store can have: what `medusa` itself needs (framework is its peer, cli the CLI).
const MINIMAL_DEPENDENCIES = [
  "@medusajs/cli",
  "@medusajs/framework",
  "@medusajs/medusa",
]
const NPM_FLAGS = ["--no-audit", "--no-fund", "--prefer-offline"]
const PEER_CONFLICT =
  /ERESOLVE|Conflicting peer dependency|Could not resolve dependency|unable to resolve dependency tree/

const pinned = (names, version) =>
  Object.fromEntries(names.map((name) => [name, version]))

function writeJson(file, value) {
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + "\n")
}

// The starter-shaped store, without the plugin (it is installed afterwards, as a merchant would).
// `otherPlugins` ({ name: version }) are plugins the store already runs: dependencies from the
// start, registered in medusa-config before this one.
function writeStore(
  dir,
  { version, allowScripts, pluginName, otherPlugins = {} }
) {
  fs.mkdirSync(dir, { recursive: true })
  writeJson(path.join(dir, "package.json"), {
    name: `scratch-store-${version.replace(/\W/g, "-")}`,
    private: true,
    dependencies: {
      ...pinned(STARTER_DEPENDENCIES, version),
      ...otherPlugins,
    },
    devDependencies: pinned(STARTER_DEV_DEPENDENCIES, version),
    allowScripts,
  })
  const plugins = [...Object.keys(otherPlugins), pluginName]
    .map((name) => `{ resolve: "${name}", options: {} }`)
    .join(", ")
  fs.writeFileSync(
    path.join(dir, "medusa-config.js"),
    `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: "scratch", cookieSecret: "scratch" },
  },
  admin: { disable: true },
  plugins: [${plugins}],
})
`
  )
}

// A store with only medusa, framework and cli plus the plugin, for a resolve-only install: npm
// must not pull a newer optional peer (test-utils, ui, ...) that pins another Medusa version.
function writeMinimalStore(
  dir,
  { version, allowScripts, pluginName, tarball }
) {
  fs.mkdirSync(dir, { recursive: true })
  writeJson(path.join(dir, "package.json"), {
    name: `scratch-minimal-${version.replace(/\W/g, "-")}`,
    private: true,
    dependencies: {
      ...pinned(MINIMAL_DEPENDENCIES, version),
      [pluginName]: `file:${tarball}`,
    },
    allowScripts,
  })
}

function npm(dir, args, logFile) {
  return runCaptured("npm", [...args, "--prefix", dir], {
    cwd: dir,
    env: process.env,
    logFile,
  })
}

// The lines of npm's output that report a peer dependency conflict (empty when there is none).
function peerConflictLines(output) {
  return String(output)
    .split("\n")
    .filter((line) => PEER_CONFLICT.test(line))
}

// package.json of `name` as Node would find it from `fromDir` (walking up node_modules folders).
function findInstalled(fromDir, name) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "node_modules", name, "package.json")
    if (fs.existsSync(file)) {
      return {
        file,
        version: JSON.parse(fs.readFileSync(file, "utf8")).version,
      }
    }
    if (path.dirname(dir) === dir) return null
  }
}

module.exports = {
  STARTER_DEPENDENCIES,
  STARTER_DEV_DEPENDENCIES,
  MINIMAL_DEPENDENCIES,
  NPM_FLAGS,
  writeStore,
  writeMinimalStore,
  npm,
  peerConflictLines,
  findInstalled,
}
