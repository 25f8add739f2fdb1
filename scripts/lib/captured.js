// Run a command with its output captured to a log file (and kept in memory), in its own process
// group, so several can run side by side without interleaving their output. A cleanup registered
// with scripts/lib/proc.js signals the group if the script exits (or is interrupted) first.

const fs = require("fs")
const os = require("os")
const { spawn } = require("child_process")
const { onCleanup } = require("./proc")

const GROUPS = process.platform !== "win32"
const live = new Set()

onCleanup(async () => {
  for (const child of live) {
    try {
      if (GROUPS) process.kill(-child.pid, "SIGTERM")
      else child.kill("SIGTERM")
    } catch {
      // Already gone.
    }
  }
})

// Resolves { code, output } (code 128 + signal number when killed); never rejects.
function runCaptured(command, args, { cwd, env = process.env, logFile }) {
  return new Promise((resolve) => {
    fs.appendFileSync(logFile, `\n$ ${command} ${args.join(" ")}\n`)
    const out = fs.createWriteStream(logFile, { flags: "a" })
    let output = ""
    const child = spawn(command, args, {
      cwd,
      env,
      detached: GROUPS,
      stdio: ["ignore", "pipe", "pipe"],
    })
    live.add(child)
    const collect = (chunk) => {
      output += chunk
      out.write(chunk)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    const done = (code) => {
      live.delete(child)
      out.end(() => resolve({ code, output }))
    }
    child.on("error", (err) => {
      output += `could not start ${command}: ${err.message}\n`
      done(127)
    })
    child.on("close", (code, signal) =>
      done(code !== null ? code : 128 + (os.constants.signals[signal] || 0))
    )
  })
}

function tail(text, lines = 40) {
  return String(text).trimEnd().split("\n").slice(-lines).join("\n")
}

module.exports = { runCaptured, tail }
