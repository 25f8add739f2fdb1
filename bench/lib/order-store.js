// The selling store the order-flow measures share (cart completion, allocations, later
// fulfillment): built once per bench run over Medusa's HTTP routes with the storefront kit
// (scripts/lib/storefront-checkout.js): a location shipping with the manual provider, a region,
// a channel with its own publishable key, and identical one-variant products that differ only
// in their tracking policy:
//   tracked   `full`, fifo; units received at the store's location with `receive(...)`
//   untracked no policy (the baseline of every order-flow measure)
//   hot       `full`, fifo; the item the allocation throughput measure hammers (its units are
//             received by that measure, so their count is known exactly)
// Medusa's stock levels are set high (receiving units does not move them), so no checkout is
// refused for stock. The country is one the seed's regions do not hold (a country has one region).

const { createStorefrontKit } = require("../../scripts/lib/storefront-checkout")

const STOCKED = 1000000

async function buildOrderStore({ api, log }) {
  const kit = createStorefrontKit({
    request: async (method, path, body, headers) => {
      const res = await api.request(method, path, { body, headers })
      return { status: res.status, body: res.json }
    },
    adminHeaders: { authorization: api.adminAuth },
  })
  const store = await kit.setUpSellingStore({
    name: "Bench order store",
    currencyCode: "usd",
    countryCode: "gb", // the seed's regions hold us, ca and five EU countries
  })
  const [tracked, untracked, hot] = await kit.createProducts(store, [
    { title: "Bench Tracked", sku: "BENCH-TRACKED", stockedQuantity: STOCKED },
    {
      title: "Bench Untracked",
      sku: "BENCH-UNTRACKED",
      stockedQuantity: STOCKED,
    },
    { title: "Bench Hot", sku: "BENCH-HOT", stockedQuantity: STOCKED },
  ])
  for (const item of [tracked, hot]) {
    await api.expect(
      200,
      "POST",
      `/admin/serial-tracking-policies/${item.inventoryItemId}`,
      {
        body: { mode: "full", allocation_strategy: "fifo" },
        admin: true,
      }
    )
  }

  let received = 0
  /** `count` new units of `item` (tracked by default) at the store's location, in one request. */
  async function receive(count, item = tracked, prefix = "BO") {
    const start = received
    received += count
    const serial_numbers = Array.from({ length: count }, (_, i) => ({
      serial: `${prefix}-${String(start + i + 1).padStart(7, "0")}`,
      inventory_item_id: item.inventoryItemId,
      stock_location_id: store.locationId,
    }))
    const res = await api.expect(201, "POST", "/admin/serial-numbers", {
      body: { serial_numbers },
      admin: true,
    })
    if (!res.json || res.json.count !== count) {
      throw new Error(
        `receiving ${count} units answered count ${res.json && res.json.count}`
      )
    }
  }

  log(
    `  order store: location ${store.locationId}, tracked ${tracked.inventoryItemId}, ` +
      `untracked ${untracked.inventoryItemId}, hot ${hot.inventoryItemId}`
  )
  return { kit, store, tracked, untracked, hot, receive }
}

/** The run's order store, built on first use and shared by every order-flow measure. */
async function orderStore(ctx) {
  if (!ctx.orderStore) ctx.orderStore = buildOrderStore(ctx)
  return ctx.orderStore
}

module.exports = { orderStore }
