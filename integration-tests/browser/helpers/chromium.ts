// Real Chromium for the admin UI tests: Debian's `chromium` (or CHROMIUM_PATH) driven by
// playwright-core. `findChromium()` is null when none is installed, so the suite can skip.
import fs from "fs"
import type { Browser, Page } from "playwright-core"

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
].filter(Boolean) as string[]

export function findChromium(): string | null {
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core")
  return chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  })
}

/**
 * Collects what must fail the suite: console errors, uncaught page errors, failed requests
 * and HTTP errors answered to the page (except those a step expects, via `allow`).
 */
export function watchPage(page: Page) {
  const problems: string[] = []
  const allowed: RegExp[] = []
  const isAllowed = (text: string) => allowed.some((re) => re.test(text))
  page.on("console", (m) => {
    if (m.type() !== "error" || isAllowed(m.text())) return
    // React's development warnings from Medusa's own dashboard components are Medusa's (they
    // do not exist in a production build); a warning whose component stack passes through the
    // plugin's extensions (src/admin) is ours and fails the suite.
    if (m.text().startsWith("Warning: ") && !m.text().includes("/src/admin/"))
      return
    problems.push(`console error: ${m.text()}`)
  })
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`))
  page.on("requestfailed", (r) => {
    const why = r.failure()?.errorText ?? "failed"
    // Navigations abort the previous page's pending requests: not a failure of the app.
    if (why === "net::ERR_ABORTED") return
    const text = `request failed: ${r.method()} ${r.url()} (${why})`
    if (!isAllowed(text)) problems.push(text)
  })
  page.on("response", (r) => {
    if (r.status() >= 400) {
      const text = `HTTP ${r.status()} ${r.request().method()} ${r.url()}`
      if (!isAllowed(text)) problems.push(text)
    }
  })
  return {
    problems,
    /** Lets matching reports through while `step` runs (a known issue of Medusa's own UI). */
    allowWhile: async <T>(re: RegExp, step: () => Promise<T>): Promise<T> => {
      allowed.push(re)
      try {
        return await step()
      } finally {
        allowed.splice(allowed.indexOf(re), 1)
      }
    },
  }
}
