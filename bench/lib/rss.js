// Resident memory of a process group (the bench server: `medusa start` and any child it runs),
// read from /proc on Linux: the sum of VmRSS over every process whose group is `pgid`.

const fs = require("fs")

function groupPids(pgid) {
  const pids = []
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8")
      // Fields after the command (which may hold spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      if (Number(fields[2]) === pgid) pids.push(Number(name))
    } catch {
      // Gone meanwhile.
    }
  }
  return pids
}

function rssBytes(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)
    return kb ? Number(kb[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** Bytes resident in the group now, or null where /proc is not there. */
function groupRss(pgid) {
  if (!fs.existsSync("/proc/self/status")) return null
  return groupPids(pgid).reduce((sum, pid) => sum + rssBytes(pid), 0)
}

/**
 * Samples the group's RSS every `everyMs` until `stop()`; `peak` is the highest seen, and
 * `phases` the highest seen under each label set with `phase(label)`.
 */
function sampleRss(pgid, everyMs = 100) {
  const first = groupRss(pgid)
  let peak = first
  let label = "start"
  const phases = {}
  const timer = setInterval(() => {
    const now = groupRss(pgid)
    if (now === null) return
    if (now > peak) peak = now
    if (!(phases[label] >= now)) phases[label] = now
  }, everyMs)
  return {
    start: first,
    phase(next) {
      label = next
    },
    stop() {
      clearInterval(timer)
      return { start: first, peak, phases }
    },
  }
}

module.exports = { groupRss, sampleRss }
