// The admin UI in real Chromium (issue 7, point 7), against the demo store served with the
// dashboard: log in; on a product, set a policy and add three units by typing serials + Enter
// and see the counts change; place an order through the store API, open it, fulfill with
// serials by scanning (one scan swaps an allocated unit), ship, and see the serials on the
// order; open a unit and see its timeline; verify a return. Any console error, page error,
// failed request or HTTP error the page gets fails the suite. Screenshots of each screen go to
// docs/screenshots/ (light mode, plus the order in dark mode).
//
// Skips with one line when no Chromium is installed (Debian: `apt-get install chromium`).
import fs from "fs"
import path from "path"
import type { Browser, Page } from "playwright-core"
import { findChromium, launchChromium, watchPage } from "./helpers/chromium"

/* eslint-disable @typescript-eslint/no-require-imports */
const {
  createStorefrontKit,
  fetchRequest,
} = require("../../scripts/lib/storefront-checkout")
const { openAdminStore, ADMIN } = require("./helpers/admin-store")
/* eslint-enable @typescript-eslint/no-require-imports */

type AdminStore = {
  baseUrl: string
  adminToken: () => Promise<string>
  close: () => Promise<void>
}

const SHOTS = path.resolve(__dirname, "..", "..", "docs", "screenshots")
const chromiumPath = findChromium()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
// A 1x1 PNG.
const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

let store: AdminStore
let browser: Browser
let page: Page
let watch: ReturnType<typeof watchPage>
let token: string
let kit: any
let selling: any
let phone: any
let orderId: string
let lineId: string

async function api(method: string, route: string, body?: unknown) {
  const res = await fetch(store.baseUrl + route, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json: any = await res.json()
  if (res.status >= 300)
    throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

async function eventually<T>(fn: () => Promise<T | null | undefined | false>) {
  const deadline = Date.now() + 30000
  for (;;) {
    const value = await fn()
    if (value) return value
    if (Date.now() > deadline) throw new Error("condition not met within 30 s")
    await sleep(250)
  }
}

async function shot(name: string, selector?: string) {
  fs.mkdirSync(SHOTS, { recursive: true })
  const file = path.join(SHOTS, `${name}.png`)
  if (selector) {
    const el = page.locator(selector).first()
    await el.scrollIntoViewIfNeeded()
    await el.screenshot({ path: file, animations: "disabled" })
  } else {
    await page.screenshot({ path: file, animations: "disabled" })
  }
}

/** Chooses `option` in the Radix select labelled `label` inside `scope`. */
async function choose(scope: string, label: string, option: string) {
  await page
    .locator(scope)
    .getByRole("combobox", { name: label, exact: true })
    .click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

async function scan(placeholder: string, value: string) {
  const field = page.getByPlaceholder(placeholder)
  await field.fill(value)
  await field.press("Enter")
}

const describeIf = chromiumPath ? describe : describe.skip
if (!chromiumPath) {
  console.warn(
    "SKIPPED the admin UI browser tests: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)"
  )
}

describeIf("admin UI in Chromium", () => {
  beforeAll(async () => {
    store = await openAdminStore(`serial_browser_${process.pid}`)
    token = await store.adminToken()
    kit = createStorefrontKit({
      request: fetchRequest(store.baseUrl),
      adminHeaders: { authorization: `Bearer ${token}` },
    })
    selling = await kit.setUpSellingStore({
      name: "Browser",
      currencyCode: "usd",
      countryCode: "gb",
    })
    ;[phone] = await kit.createProducts(selling, [
      { title: "Browser Phone", sku: "BROWSER-PHONE", stockedQuantity: 10 },
    ])
    browser = await launchChromium(chromiumPath!)
    await warmUp()
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    watch = watchPage(page)
  }, 600000)

  /**
   * The dashboard is served by Vite in development mode: its first loads pre-bundle
   * dependencies and may answer 504 "Outdated Optimize Dep" while they change. A throwaway
   * page loads it until one load is clean, so the watched page sees the app as it settles.
   */
  async function warmUp() {
    const warm = await browser.newPage()
    try {
      for (let attempt = 1; attempt <= 6; attempt++) {
        let outdated = false
        const onResponse = (r: any) => {
          if (r.status() === 504) outdated = true
        }
        warm.on("response", onResponse)
        await warm.goto(`${store.baseUrl}/app/login`, { timeout: 240000 })
        await warm
          .locator('input[name="email"]')
          .waitFor({ timeout: 240000 })
          .catch(() => (outdated = true))
        await warm.waitForLoadState("networkidle").catch(() => {})
        warm.off("response", onResponse)
        if (!outdated) return
      }
    } finally {
      await warm.close()
    }
  }

  afterAll(async () => {
    await browser?.close()
    await store?.close()
  }, 120000)

  afterEach(() => {
    // Every step fails on what the page reported meanwhile.
    const problems = watch.problems.splice(0)
    expect(problems).toEqual([])
  })

  it("logs in to the dashboard", async () => {
    // The first load compiles the dashboard with Vite: allow it time.
    await page.goto(`${store.baseUrl}/app/login`, { timeout: 240000 })
    await page
      .locator('input[name="email"]')
      .fill(ADMIN.email, { timeout: 240000 })
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((u) => !u.pathname.includes("/login"), {
      timeout: 120000,
    })
  }, 300000)

  it("sets a tracking policy on a product and adds three units by typing serials + Enter", async () => {
    await page.goto(`${store.baseUrl}/app/products/${phone.productId}`)
    const widget = '[data-testid="serial-numbers-widget"]'
    await page.locator(widget).waitFor({ timeout: 120000 })
    await expectCount("in_stock", "0")
    await choose(widget, "Tracking", "Full (every unit from receipt)")
    await page.getByRole("button", { name: "Save policy" }).click()
    await page.getByText("Tracking policy saved").first().waitFor()
    const policy = await api(
      "GET",
      `/admin/serial-tracking-policies/${phone.inventoryItemId}`
    )
    expect(policy.serial_tracking_policy).toMatchObject({ mode: "full" })

    await choose(widget, "Location", "Browser warehouse")
    for (const serial of ["BRW-001", "BRW-002", "BRW-003"]) {
      await scan("Scan or type a serial, Enter adds it", serial)
      await page.getByText(`Added ${serial}`).waitFor()
    }
    await expectCount("in_stock", "3")
    const units = await api(
      "GET",
      `/admin/serial-numbers?inventory_item_id=${phone.inventoryItemId}&order=serial`
    )
    expect(
      units.serial_numbers.map((u: any) => [
        u.serial,
        u.status,
        u.stock_location_id,
      ])
    ).toEqual(
      ["BRW-001", "BRW-002", "BRW-003"].map((s) => [
        s,
        "in_stock",
        selling.locationId,
      ])
    )
    await shot("product-serials", widget)
  }, 300000)

  it("shows Medusa's stock against the units on the product and reconciles it", async () => {
    const report = async () =>
      (
        await api(
          "GET",
          `/admin/serial-inventory/stock-drift?all=true&inventory_item_id=${phone.inventoryItemId}`
        )
      ).stock_drift
    // Medusa's 10 on hand (plus whatever receiving added) against 3 units.
    const [before] = await report()
    expect(before).toMatchObject({ unit_count: 3 })
    expect(before.difference).toBeGreaterThan(0)
    const lines = '[data-testid="stock-drift-lines"]'
    await page.locator(lines).waitFor()
    await page
      .locator(lines)
      .getByText(`${before.difference} units in stock have no serial`)
      .waitFor()
    await shot("stock-drift", lines)
    await page
      .locator(lines)
      .getByRole("button", { name: "Reconcile", exact: true })
      .click()
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: "Reconcile", exact: true })
      .click()
    await page.locator(lines).getByText("In step").waitFor()
    expect(await report()).toEqual([
      expect.objectContaining({ stocked_quantity: 3, difference: 0 }),
    ])
  }, 300000)

  it("fulfills an order by scanning, ships it, and shows the serials on the order", async () => {
    const { order } = await kit.checkout(
      selling,
      [{ variant_id: phone.variantId, quantity: 2 }],
      { email: "browser-buyer@example.com" }
    )
    orderId = order.id
    lineId = order.items[0].id
    // FIFO allocation by the order.placed subscriber: the first two units.
    await eventually(async () => {
      const view = await api("GET", `/admin/orders/${orderId}/serial-numbers`)
      return view.lines[0].inventory_items[0].units.length === 2
    })

    await page.goto(`${store.baseUrl}/app/orders/${orderId}`)
    const widget = '[data-testid="order-serial-numbers-widget"]'
    await page.locator(widget).getByText("BRW-001").waitFor({ timeout: 120000 })
    await page.locator(widget).getByText("BRW-002").waitFor()
    await shot("order-allocated", widget)

    await page.getByRole("button", { name: "Fulfill with serials" }).click()
    await page.getByText("Scan each unit as you pick it").waitFor()
    await choose('[role="dialog"]', "Location", "Browser warehouse")
    await scan("Scan or type a serial, Enter picks it", "BRW-003")
    await page.getByText(/BRW-003 picked for .* in place of BRW-002/).waitFor()
    await shot("fulfill-with-serials")
    await page.getByRole("button", { name: "Create fulfillment" }).click()
    await page
      .getByText("Fulfillment created with its serials")
      .first()
      .waitFor()

    const after = await api("GET", `/admin/orders/${orderId}/serial-numbers`)
    const picked = after.lines[0].inventory_items[0].units
      .filter((u: any) => u.stage === "picked")
      .map((u: any) => u.serial)
      .sort()
    expect(picked).toEqual(["BRW-001", "BRW-003"])

    // Ship with Medusa's own "Mark as shipped" form; the order page then shows both units
    // sold and shipped.
    // Medusa's create-shipment modal itself logs Radix's missing-DialogTitle accessibility
    // error (Medusa's, not the plugin's): let exactly that through while it is open.
    await watch.allowWhile(
      /`DialogContent` requires a `DialogTitle`/,
      async () => {
        await page.getByRole("button", { name: "Mark as shipped" }).click()
        await page.waitForURL(/create-shipment/)
        await page.getByRole("button", { name: "Save", exact: true }).click()
        await page.waitForURL((u) => !u.pathname.includes("create-shipment"), {
          timeout: 60000,
        })
      }
    )
    await eventually(async () => {
      const view = await api("GET", `/admin/orders/${orderId}/serial-numbers`)
      return view.lines[0].inventory_items[0].units.some(
        (u: any) => u.stage === "shipped"
      )
    })
    await page.reload()
    await page
      .locator(widget)
      .getByText("Shipped")
      .first()
      .waitFor({ timeout: 60000 })
    expect(await page.locator(widget).getByText("Shipped").count()).toBe(2)
    await shot("order-shipped", widget)
    // The dashboard follows the system theme when loaded: dark, then back to light.
    await page.emulateMedia({ colorScheme: "dark" })
    await page.reload()
    await page
      .locator(widget)
      .getByText("Shipped")
      .first()
      .waitFor({ timeout: 60000 })
    await shot("order-shipped-dark", widget)
    await page.emulateMedia({ colorScheme: "light" })
    await page.reload()
    await page
      .locator(widget)
      .getByText("Shipped")
      .first()
      .waitFor({ timeout: 60000 })
  }, 300000)

  it("opens a unit from the order and shows its timeline", async () => {
    const widget = '[data-testid="order-serial-numbers-widget"]'
    await page.locator(widget).getByRole("link", { name: "BRW-003" }).click()
    await page.waitForURL(/\/serials\//)
    await page.getByText("BRW-003").first().waitFor({ timeout: 60000 })
    await page
      .getByText(/shipped/i)
      .first()
      .waitFor()
    await page
      .getByText(/picked/i)
      .first()
      .waitFor()
    await shot("unit-page")

    // A photo through Medusa's File module: uploaded, attached, shown as a thumbnail.
    const unit = await api("GET", "/admin/serial-numbers/lookup?serial=BRW-003")
    await page.locator('input[type="file"]').setInputFiles({
      name: "brw-003.png",
      mimeType: "image/png",
      buffer: TINY_PNG,
    })
    const { photos } = await eventually(async () => {
      const list = await api(
        "GET",
        `/admin/serial-numbers/${unit.serial_number.id}/photos`
      )
      return list.photos.length === 1 && list
    })
    await page
      .locator(`img[src="${photos[0].url}"]`)
      .first()
      .waitFor({ timeout: 30000 })
    await page
      .getByText(/photo added/i)
      .first()
      .waitFor()
    await shot("unit-photos")
  }, 300000)

  it("shows the Serials page filtered to an item, the templates page and the inventory item", async () => {
    await page.goto(
      `${store.baseUrl}/app/serials?inventory_item_id=${phone.inventoryItemId}`
    )
    for (const serial of ["BRW-001", "BRW-002", "BRW-003"]) {
      await page.getByText(serial).first().waitFor({ timeout: 60000 })
    }
    await shot("serials-page")
    await page.goto(`${store.baseUrl}/app/serial-templates`)
    await page.getByText("Smartphones").first().waitFor({ timeout: 60000 })
    await shot("templates-page")
    await page.goto(`${store.baseUrl}/app/inventory/${phone.inventoryItemId}`)
    await page
      .locator('[data-testid="serial-numbers-widget"]')
      .waitFor({ timeout: 60000 })
    await shot(
      "inventory-item-serials",
      '[data-testid="serial-numbers-widget"]'
    )
  }, 300000)

  it("verifies a return by scanning its unit", async () => {
    const { return: r } = await api("POST", "/admin/returns", {
      order_id: orderId,
      location_id: selling.locationId,
    })
    await api("POST", `/admin/returns/${r.id}/request-items`, {
      items: [{ id: lineId, quantity: 1 }],
    })
    await api("POST", `/admin/returns/${r.id}/request`, {})
    await api("POST", `/admin/returns/${r.id}/receive`, {})
    await api("POST", `/admin/returns/${r.id}/receive-items`, {
      items: [{ id: lineId, quantity: 1 }],
    })
    await api("POST", `/admin/returns/${r.id}/receive/confirm`, {})
    await eventually(async () => {
      const view = await api("GET", `/admin/orders/${orderId}/serial-numbers`)
      return view.returns[0]?.serial_verification?.status === "awaiting"
    })

    await page.goto(`${store.baseUrl}/app/orders/${orderId}`)
    await page.getByRole("button", { name: "Verify return" }).click()
    await scan("Scan or type a returned serial, Enter adds it", "BRW-003")
    await page.getByText("BRW-003 added").waitFor()
    await shot("verify-return")
    await page.getByRole("button", { name: "Record 1 unit" }).click()
    await page.getByText("1 returned unit(s) recorded").first().waitFor()
    await page.getByText("Serials verified").waitFor()

    const unit = await api("GET", `/admin/serial-numbers/lookup?serial=BRW-003`)
    expect(unit.serial_number.status).toBe("in_stock")
  }, 300000)

  it("receives 500 scans in a row on the Receiving screen, opened from the product", async () => {
    const before = await stockAt(phone.inventoryItemId)
    await page.goto(`${store.baseUrl}/app/products/${phone.productId}`)
    const widget = '[data-testid="serial-numbers-widget"]'
    await page.locator(widget).getByRole("link", { name: "Receive" }).click()
    await page.waitForURL((u) => u.pathname.endsWith("/receiving"))
    await page
      .getByTestId("receiving-item")
      .getByText("Browser Phone")
      .waitFor()
    const field = page.getByPlaceholder(
      "Scan, type or paste serials; Enter adds each"
    )
    await field.waitFor()
    await choose(
      '[data-testid="receiving-screen"]',
      "Location",
      "Browser warehouse"
    )
    // A scanner types the serial and sends Enter; the field keeps the focus throughout.
    const serials = Array.from(
      { length: 500 },
      (_, i) => `RCV-${String(i + 1).padStart(4, "0")}`
    )
    const perScan: number[] = []
    const started = Date.now()
    for (const serial of serials) {
      const t = Date.now()
      await page.keyboard.type(serial, { delay: 0 })
      await page.keyboard.press("Enter")
      perScan.push(Date.now() - t)
    }
    const typed = Date.now() - started
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(
      true
    )
    const counts = page.getByTestId("receiving-counts")
    await eventually(async () =>
      /Ready 500 · Problems 0 · Checking 0/.test(await counts.innerText())
    )
    const settled = Date.now() - started
    perScan.sort((a, b) => a - b)
    console.log(
      `receiving screen: 500 scans typed in ${typed} ms (per scan p50 ${perScan[250]} ms, ` +
        `p95 ${perScan[475]} ms, max ${perScan[499]} ms); all checked ${settled} ms after the first`
    )
    // A repeat and a serial already in stock are flagged inline, with no dialog.
    await scan("Scan, type or paste serials; Enter adds each", "rcv-0007")
    await page.getByText("rcv-0007: scanned twice (first as #7)").waitFor()
    // BRW-001 shipped on the order above: still this item's unit, so not receivable.
    await scan("Scan, type or paste serials; Enter adds each", "BRW-001")
    await page.getByText(/^BRW-001: already a unit of this item/).waitFor()
    expect(await page.getByRole("dialog").count()).toBe(0)
    await eventually(async () =>
      /Scanned 502 · Ready 500 · Problems 2/.test(await counts.innerText())
    )
    await shot("receiving")

    await page.getByRole("button", { name: "Receive 500 units" }).click()
    await page.getByText("Received 500 units").first().waitFor()
    const units = await api(
      "GET",
      `/admin/serial-numbers?inventory_item_id=${phone.inventoryItemId}&q=RCV-&limit=1`
    )
    expect(units.count).toBe(500)
    expect(units.status_counts.in_stock).toBe(500)
    expect(await stockAt(phone.inventoryItemId)).toBe(before + 500)
  }, 300000)

  it("receives against an expected-serial manifest with live under / over counts", async () => {
    const { serial_inbound: asn } = await api(
      "POST",
      "/admin/serial-inbounds",
      {
        stock_location_id: selling.locationId,
        reference: "ASN-BROWSER-1",
        lines: [
          {
            inventory_item_id: phone.inventoryItemId,
            serials: ["ASN-1", "ASN-2", "ASN-3"],
          },
        ],
      }
    )
    const before = await stockAt(phone.inventoryItemId)
    await page.goto(`${store.baseUrl}/app/receiving`)
    const screen = '[data-testid="receiving-screen"]'
    await choose(screen, "Location", "Browser warehouse")
    await choose(screen, "Manifest", "ASN-BROWSER-1 (1 line)")
    const placeholder = "Scan, type or paste serials; Enter adds each"
    for (const serial of ["ASN-1", "ASN-2", "ASN-9", "asn-1"]) {
      await scan(placeholder, serial)
    }
    const counts = page.getByTestId("manifest-counts")
    await eventually(async () =>
      /Expected 3 · Scanned 3 · Under 1 · Over 1/.test(await counts.innerText())
    )
    await page.locator('[data-state="duplicate_scan"]').waitFor()
    await shot("receiving-manifest")
    await page.getByRole("button", { name: "Remove ASN-9" }).click()
    await eventually(async () =>
      /Scanned 2 · Under 1 · Over 0/.test(await counts.innerText())
    )
    await page.getByRole("button", { name: "Confirm manifest" }).click()
    await page.getByText("Received 2 units").first().waitFor()
    const received = await api(
      "GET",
      `/admin/serial-numbers?q=ASN-&order=serial&fields=serial,status,receipt_reference`
    )
    expect(
      received.serial_numbers.map((u: any) => [
        u.serial,
        u.status,
        u.receipt_reference,
      ])
    ).toEqual([
      ["ASN-1", "in_stock", asn.id],
      ["ASN-2", "in_stock", asn.id],
    ])
    expect(await stockAt(phone.inventoryItemId)).toBe(before + 2)
  }, 300000)

  it("imports units from a CSV file on the Receiving screen with a progress bar", async () => {
    const before = await stockAt(phone.inventoryItemId)
    await page.goto(`${store.baseUrl}/app/receiving`)
    await page.getByRole("button", { name: "Import CSV" }).click()
    const rows = ["serial,sku,location"].concat(
      Array.from(
        { length: 25 },
        (_, i) =>
          `CSV-${String(i + 1).padStart(3, "0")},BROWSER-PHONE,Browser warehouse`
      )
    )
    await page.getByLabel("CSV file").setInputFiles({
      name: "units.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(rows.join("\n")),
    })
    await page.getByRole("button", { name: "Start import" }).click()
    await page.getByRole("progressbar").waitFor()
    await page.getByText("Imported 25 units").waitFor({ timeout: 60000 })
    await shot("receiving-import")
    expect(await stockAt(phone.inventoryItemId)).toBe(before + 25)
    await page.keyboard.press("Escape")
  }, 300000)

  it("traces a unit from its page, and a lot to the customers who received it", async () => {
    // BRW-003 shipped on the order, came back and was restocked (the return step above).
    const unit = await api("GET", "/admin/serial-numbers/lookup?serial=BRW-003")
    await page.goto(`${store.baseUrl}/app/serials/${unit.serial_number.id}`)
    await page.getByRole("link", { name: "Trace", exact: true }).click()
    await page.waitForURL(/\/traceability\?unit=/)
    await page
      .getByRole("heading", { name: "Orders" })
      .waitFor({ timeout: 60000 })
    await page.getByText("Restocked").first().waitFor({ timeout: 60000 })
    await page.getByText("browser-buyer@example.com").first().waitFor()
    await page.getByRole("list", { name: "Chain, oldest first" }).waitFor()
    await shot("traceability-unit")

    const lot = `LOT-${process.pid}`
    await api("POST", `/admin/serial-numbers/${unit.serial_number.id}`, { lot })
    await page.goto(`${store.baseUrl}/app/traceability`)
    await choose("form", "Search by", "Lot")
    await page.getByLabel("Value").fill(lot)
    await page.getByRole("button", { name: "Trace", exact: true }).click()
    await page
      .getByRole("heading", { name: "Customers" })
      .waitFor({ timeout: 60000 })
    await page
      .getByRole("link", { name: "browser-buyer@example.com" })
      .first()
      .waitFor({ timeout: 60000 })
    await page.getByRole("link", { name: "BRW-003", exact: true }).waitFor()
    await shot("traceability-lot")
  }, 300000)

  it("opens a recall from the Recalls page, applies it and blocks its units", async () => {
    // CSV-001..CSV-025 came in by the CSV import above, in stock.
    const name = `Battery recall ${process.pid}`
    const { recall } = await api("POST", "/admin/serial-recalls", {
      name,
      reason: "Swollen batteries",
      selector: { serial_range: "CSV-001..CSV-005" },
    })
    const before = await stockAt(phone.inventoryItemId)
    await page.goto(`${store.baseUrl}/app/recalls`)
    await page.getByRole("cell", { name }).click({ timeout: 60000 })
    await page.waitForURL(new RegExp(`/recalls/${recall.id}`))
    await page.getByRole("heading", { name }).waitFor({ timeout: 60000 })
    await page.getByRole("button", { name: "Apply recall" }).click()
    await page.getByRole("button", { name: "Apply", exact: true }).click()
    await page.getByText("5 unit(s) blocked").waitFor({ timeout: 60000 })
    const applied = await api("GET", `/admin/serial-recalls/${recall.id}`)
    expect(applied.recall).toMatchObject({
      status: "applied",
      blocked_count: 5,
    })
    const { serial_numbers } = await api(
      "GET",
      "/admin/serial-numbers?status=recalled&limit=50"
    )
    expect(serial_numbers.map((u: any) => u.serial).sort()).toEqual([
      "CSV-001",
      "CSV-002",
      "CSV-003",
      "CSV-004",
      "CSV-005",
    ])
    // Blocked units are not Medusa stock.
    expect(await stockAt(phone.inventoryItemId)).toBe(before - 5)
    await page.getByRole("button", { name: "Close recall" }).waitFor()
    await shot("recall-applied")
  }, 300000)

  async function stockAt(inventoryItemId: string): Promise<number> {
    const { inventory_levels } = await api(
      "GET",
      `/admin/inventory-items/${inventoryItemId}/location-levels?location_id=${selling.locationId}`
    )
    return inventory_levels[0]?.stocked_quantity ?? 0
  }

  async function expectCount(status: string, value: string) {
    await eventually(async () =>
      (
        await page.locator(`[data-testid="serial-count-${status}"]`).innerText()
      ).includes(value)
    )
  }
})
