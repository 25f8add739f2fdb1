import { readFileSync } from "fs"
import { dirname, join, resolve } from "path"

const UTILS = join(__dirname, "..")

/** Every module a file reaches through relative imports, and the packages it imports. */
function importGraph(entry: string) {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    const source = readFileSync(file, "utf8")
    for (const [, spec] of source.matchAll(/from "([^"]+)"/g)) {
      if (spec.startsWith(".")) {
        visit(`${resolve(dirname(file), spec)}.ts`)
      } else {
        packages.add(spec)
      }
    }
  }
  visit(join(UTILS, entry))
  return { files, packages }
}

describe("the scan reader the admin UI bundles", () => {
  it("imports no Medusa (server) package, only the GS1 parser", () => {
    const { files, packages } = importGraph("read-scan.ts")
    expect([...packages]).toEqual(["gs1-barcode-parser-mod"])
    expect(files.size).toBeGreaterThan(4)
  })

  it("the guard sees a Medusa import where there is one", () => {
    expect([...importGraph("parse-scan.ts").packages]).toContain(
      "@medusajs/framework/utils"
    )
  })
})
