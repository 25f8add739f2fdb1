// `npm run check:package`: proves the published package works in a store that is not this repo.
// Builds the plugin, packs it, installs the tarball with npm into a scratch Medusa app under the
// system temp dir that lists it under `plugins`, runs `medusa db:migrate`, boots the app, logs in
// an admin user and expects an answer from a plugin route (GET /admin/serial-numbers) and the
// store warranty route. PostgreSQL: embedded unless DB_HOST is set (same rules as `npm test`).

const fs = require("fs")
const os = require("os")
const path = require("path")
const { resolveDatabase, ensureDatabase } = require("./lib/db-env")
const { formatError } = require("./lib/embedded-pg")
const { run, exit, onCleanup } = require("./lib/proc")
const {
  startServer,
  waitForHealth,
  freePort,
  request,
} = require("./lib/scratch-server")

const ROOT = path.join(__dirname, "..")
const pkg = require(path.join(ROOT, "package.json"))

function check(condition, message) {
  if (!condition) throw new Error(`packaging check failed: ${message}`)
  console.log(`  ok: ${message}`)
}

async function must(step, command, args, options) {
  console.log(`\n> ${step}: ${command} ${args.join(" ")}`)
  const code = await run(command, args, options)
  if (code !== 0) throw new Error(`${step} exited with ${code}`)
}

function writeScratchApp(dir, tarball) {
  const medusaVersion = pkg.devDependencies["@medusajs/medusa"]
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify(
      {
        name: "scratch-store",
        private: true,
        dependencies: {
          "@medusajs/medusa": medusaVersion,
          "@medusajs/framework": medusaVersion,
          "@medusajs/cli": medusaVersion,
          [pkg.name]: `file:${tarball}`,
        },
        allowScripts: pkg.allowScripts,
      },
      null,
      2
    )
  )
  fs.writeFileSync(
    path.join(dir, "medusa-config.js"),
    `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: "scratch", cookieSecret: "scratch" },
  },
  admin: { disable: true },
  plugins: [{ resolve: "${pkg.name}", options: {} }],
})
`
  )
}

function checkTarball(tarball) {
  const { execFileSync } = require("child_process")
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

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-serial-pack-"))
  const appDir = path.join(work, "app")
  fs.mkdirSync(appDir)
  onCleanup(() => fs.rmSync(work, { recursive: true, force: true }))

  await must("build", "npm", ["run", "build"], { env: process.env })
  await must("pack", "npm", ["pack", "--pack-destination", work], {
    env: process.env,
  })
  const tarball = path.join(work, `${pkg.name}-${pkg.version}.tgz`)
  checkTarball(tarball)

  writeScratchApp(appDir, tarball)
  await must(
    "install",
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--prefix",
      appDir,
    ],
    {
      env: process.env,
    }
  )

  const db = await resolveDatabase({ purpose: "test" })
  onCleanup(db.stop)
  const databaseUrl = db.databaseUrl(`medusa_serial_pack_${process.pid}`)
  await ensureDatabase(databaseUrl)
  const env = {
    ...process.env,
    ...db.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  delete env.NODE_OPTIONS
  const medusa = path.join(appDir, "node_modules", ".bin", "medusa")
  const inApp = (args) =>
    must(
      args[0],
      "sh",
      ["-c", `cd "${appDir}" && "${medusa}" ${args.join(" ")}`],
      { env }
    )

  await inApp(["db:migrate"])
  await inApp(["user", "-e", "pack@check.test", "-p", "pack-check-1"])

  const port = await freePort()
  const server = startServer(appDir, medusa, { ...env, PORT: String(port) })
  onCleanup(server.stop)
  await waitForHealth(port, 120000)

  const login = await request(port, "POST", "/auth/user/emailpass", {
    email: "pack@check.test",
    password: "pack-check-1",
  })
  check(login.status === 200 && login.body.token, "admin login works")
  const auth = { authorization: `Bearer ${login.body.token}` }
  const list = await request(port, "GET", "/admin/serial-numbers", null, auth)
  check(
    list.status === 200 && Array.isArray(list.body.serial_numbers),
    "GET /admin/serial-numbers answers from the plugin"
  )
  check(
    list.body.status_counts && list.body.status_counts.in_stock === 0,
    "status counts come back"
  )
  const templates = await request(
    port,
    "POST",
    "/admin/serial-templates",
    { name: "Pack check" },
    auth
  )
  check(
    templates.status === 201 &&
      /^stpl_/.test(templates.body.serial_template.id),
    "a template can be created"
  )
  const anonymous = await request(port, "GET", "/admin/serial-numbers")
  check(anonymous.status === 401, "plugin admin routes require an admin")
  console.log("\npackaging check passed")
}

main().then(
  () => exit(0),
  (err) => {
    console.error(formatError(err))
    return exit(1)
  }
)
