// A Medusa server started as a background child (its own process group, output to a log file)
// for scripts that need to talk to one over HTTP: the packaging check and the benchmark.

const fs = require("fs")
const http = require("http")
const net = require("net")
const os = require("os")
const path = require("path")
const { spawn } = require("child_process")

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

// Starts `medusa start` in `cwd`; returns { child, logFile, stop() }.
function startServer(cwd, medusaBin, env) {
  const logFile = path.join(
    os.tmpdir(),
    `medusa-serial-server-${process.pid}-${Date.now()}.log`
  )
  const out = fs.openSync(logFile, "a")
  const child = spawn(medusaBin, ["start"], {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", out, out],
  })
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      return
    }
    const gone = new Promise((resolve) => child.once("close", resolve))
    const timer = new Promise((resolve) => setTimeout(resolve, 10000))
    await Promise.race([gone, timer])
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // The process group is gone already.
    }
  }
  child.once("close", (code) => {
    if (code)
      console.error(`medusa server exited with ${code}; log: ${logFile}`)
  })
  return { child, logFile, stop }
}

// JSON request to 127.0.0.1:port; resolves { status, body }.
function request(port, method, urlPath, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path: urlPath,
        headers: {
          ...headers,
          ...(payload ? { "content-type": "application/json" } : {}),
        },
      },
      (res) => {
        let text = ""
        res.on("data", (c) => (text += c))
        res.on("end", () => {
          let parsed = text
          try {
            parsed = JSON.parse(text)
          } catch {
            // Not JSON: keep the text.
          }
          resolve({ status: res.statusCode, body: parsed })
        })
      }
    )
    req.on("error", reject)
    if (payload) req.write(payload)
    req.end()
  })
}

async function waitForHealth(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const ok = await request(port, "GET", "/health").then(
      (r) => r.status === 200,
      () => false
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`server on port ${port} not healthy after ${timeoutMs} ms`)
}

module.exports = { freePort, startServer, request, waitForHealth }
