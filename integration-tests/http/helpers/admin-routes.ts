import { readdirSync, readFileSync, statSync } from "fs"
import { join, relative, sep } from "path"

const API_ROOT = join(__dirname, "..", "..", "..", "src", "api")

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory()
      ? walk(path)
      : name === "route.ts"
        ? [path]
        : []
  })
}

/** Every (method, path) the plugin serves under /admin, read from the route files themselves. */
export function adminRoutes(): { method: string; path: string }[] {
  return walk(join(API_ROOT, "admin")).flatMap((file) => {
    const source = readFileSync(file, "utf8")
    const methods = ["GET", "POST", "DELETE"].filter((m) =>
      new RegExp(`export const ${m}\\b`).test(source)
    )
    const path =
      "/" +
      relative(API_ROOT, file)
        .split(sep)
        .slice(0, -1)
        .join("/")
        .replace(/\[[^\]]+\]/g, "sn_unknown")
    return methods.map((method) => ({ method, path }))
  })
}
