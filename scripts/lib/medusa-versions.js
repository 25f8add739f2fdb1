// Which Medusa versions the packaging check installs the plugin into: the oldest and the newest
// published @medusajs/medusa inside the plugin's peer range, asked from the registry at run time
// (so a new patch release is picked up without editing anything). CHECK_PACKAGE_MEDUSA_VERSIONS
// (comma-separated, e.g. "2.21.0,2.21.2") overrides the list; each must still be in the range.

const { execFileSync } = require("child_process")

const PACKAGE = "@medusajs/medusa"

// Published versions of @medusajs/medusa that satisfy `range`, as npm resolves it.
function publishedInRange(range) {
  let text
  try {
    text = execFileSync(
      "npm",
      ["view", `${PACKAGE}@${range}`, "version", "--json"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }
    )
  } catch (err) {
    const detail = String(err.stdout || err.message).trim()
    throw new Error(
      `npm view ${PACKAGE}@${range} failed (no published version in the peer range, or no registry):\n${detail}`
    )
  }
  const parsed = JSON.parse(text)
  return Array.isArray(parsed) ? parsed : [parsed]
}

// x.y.z[-pre] ordering; a release sorts after its prereleases.
function compareVersions(a, b) {
  const split = (v) => {
    const [main, pre] = v.split("-", 2)
    return { parts: main.split(".").map(Number), pre: pre || null }
  }
  const x = split(a)
  const y = split(b)
  for (let i = 0; i < 3; i++) {
    if (x.parts[i] !== y.parts[i]) return x.parts[i] - y.parts[i]
  }
  if (x.pre === y.pre) return 0
  if (!x.pre) return 1
  if (!y.pre) return -1
  return x.pre < y.pre ? -1 : 1
}

// -> { range, versions: [oldest, newest] (one entry when they are equal), source, inRange }
function medusaVersionsToCheck(range) {
  const inRange = publishedInRange(range).sort(compareVersions)
  const override = (process.env.CHECK_PACKAGE_MEDUSA_VERSIONS || "").trim()
  if (override) {
    const versions = override
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean)
    const outside = versions.filter((v) => !inRange.includes(v))
    if (outside.length) {
      throw new Error(
        `CHECK_PACKAGE_MEDUSA_VERSIONS names ${outside.join(", ")}, not a published ` +
          `${PACKAGE} in the peer range ${range} (${inRange.join(", ")})`
      )
    }
    return { range, versions, source: "CHECK_PACKAGE_MEDUSA_VERSIONS", inRange }
  }
  const oldest = inRange[0]
  const newest = inRange[inRange.length - 1]
  const versions = oldest === newest ? [oldest] : [oldest, newest]
  return { range, versions, source: "registry", inRange }
}

const LOYALTY_PLUGIN = "@medusajs/loyalty-plugin"

// Medusa's own loyalty plugin pins every @medusajs/* peer to one Medusa version, so it can only go
// into a store of that version. Picks the newest published release whose pinned @medusajs/medusa
// is a published version in `range` (CHECK_PACKAGE_LOYALTY_VERSION overrides; it must still pin
// one). -> { name, version, medusaVersion, source }
function loyaltyPluginToCheck(range, inRange) {
  const override = (process.env.CHECK_PACKAGE_LOYALTY_VERSION || "").trim()
  const spec = `${LOYALTY_PLUGIN}@${override || range}`
  let text
  try {
    text = execFileSync(
      "npm",
      ["view", spec, "version", "peerDependencies", "--json"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }
    )
  } catch (err) {
    const detail = String(err.stdout || err.message).trim()
    throw new Error(`npm view ${spec} failed:\n${detail}`)
  }
  const parsed = JSON.parse(text)
  const releases = (Array.isArray(parsed) ? parsed : [parsed])
    .map((r) => ({
      version: r.version,
      medusaVersion: r.peerDependencies?.[PACKAGE],
    }))
    .filter((r) => inRange.includes(r.medusaVersion))
    .sort((a, b) => compareVersions(a.version, b.version))
  const chosen = releases[releases.length - 1]
  if (!chosen) {
    throw new Error(
      `no published ${spec} pins a ${PACKAGE} of the peer range ${range} (${inRange.join(", ")})`
    )
  }
  return {
    name: LOYALTY_PLUGIN,
    ...chosen,
    source: override ? "CHECK_PACKAGE_LOYALTY_VERSION" : "registry",
  }
}

module.exports = {
  medusaVersionsToCheck,
  loyaltyPluginToCheck,
  compareVersions,
}
