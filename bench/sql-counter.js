// Preloaded into the Medusa server by `npm run bench` (NODE_OPTIONS=--require <this file>):
// counts every `pg` Client#query call (one call = one statement sent to PostgreSQL) in every copy
// of `pg` the process loads, and serves the count on 127.0.0.1:$BENCH_SQL_COUNTER_PORT.
//   GET /reset            count = 0, forget recorded statements
//   GET /record?on=1|0    keep (or stop keeping) the text of each statement
//   GET /read             {"count": n, "statements": [{"sql": "SELECT ...", "ms": 1.2}, ...]}
// (while recording, each statement's time from the call to its result/callback is kept too)
// Without BENCH_SQL_COUNTER_PORT it does nothing (so other node processes that inherit
// NODE_OPTIONS are unaffected). The HTTP server starts only once `pg` is loaded.

const Module = require("module")
const http = require("http")

const PORT = Number(process.env.BENCH_SQL_COUNTER_PORT || 0)
const MAX_RECORDED = 500

const state = { count: 0, recording: false, statements: [] }
const patched = new WeakSet()
let server = null

function statementText(config) {
  if (typeof config === "string") return config
  if (config && typeof config.text === "string") return config.text
  return String(
    config && config.name ? `<prepared ${config.name}>` : "<unknown>"
  )
}

function patchClient(Client) {
  if (!Client || !Client.prototype || patched.has(Client.prototype)) return
  const original = Client.prototype.query
  if (typeof original !== "function") return
  patched.add(Client.prototype)
  Client.prototype.query = function countedQuery(config, ...rest) {
    state.count++
    if (!state.recording || state.statements.length >= MAX_RECORDED) {
      return original.call(this, config, ...rest)
    }
    const entry = {
      sql: statementText(config).replace(/\s+/g, " ").trim().slice(0, 300),
      ms: null,
    }
    state.statements.push(entry)
    const started = process.hrtime.bigint()
    const done = () => {
      entry.ms = Number(process.hrtime.bigint() - started) / 1e6
    }
    // Callback style (knex): wrap the callback; promise style: watch the promise.
    const cbIndex = rest.findIndex((arg) => typeof arg === "function")
    if (cbIndex !== -1) {
      const cb = rest[cbIndex]
      rest[cbIndex] = function timedCallback(...args) {
        done()
        return cb.apply(this, args)
      }
    }
    const result = original.call(this, config, ...rest)
    if (cbIndex === -1 && result && typeof result.then === "function")
      result.then(done, done)
    return result
  }
}

function startServer() {
  if (server) return
  server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1")
    if (url.pathname === "/reset") {
      state.count = 0
      state.statements = []
    } else if (url.pathname === "/record") {
      state.recording = url.searchParams.get("on") === "1"
      state.statements = []
    } else if (url.pathname !== "/read") {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { "content-type": "application/json" })
    res.end(
      JSON.stringify({ count: state.count, statements: state.statements })
    )
  })
  server.on("error", (err) => {
    process.stderr.write(
      `[sql-counter] cannot listen on ${PORT}: ${err.message}\n`
    )
  })
  server.listen(PORT, "127.0.0.1")
  server.unref()
}

if (PORT) {
  const originalLoad = Module._load
  Module._load = function loadAndPatch(request) {
    const exported = originalLoad.apply(this, arguments)
    if (
      request === "pg" ||
      /[\\/]node_modules[\\/]pg[\\/]lib[\\/]index\.js$/.test(request)
    ) {
      patchClient(exported && exported.Client)
      startServer()
    }
    return exported
  }
}
