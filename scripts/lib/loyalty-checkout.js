// The packaging check's scenario for a store that runs this plugin next to Medusa's own
// @medusajs/loyalty-plugin, which registers completeCartWorkflow's `beforePaymentAuthorization`
// (debits gift cards and store credit) and `orderCreated` (links gift cards to the order) hooks.
// A core hook takes one handler per process, so the store booting already shows the two plugins
// do not claim the same hook; this places a real storefront order through both of them.
//
// Over HTTP only (Medusa's, the loyalty plugin's and this plugin's routes): a selling store, a
// product whose inventory item is serial-tracked (`full`) with 2 units received at the store's
// location, a 100 usd gift card applied to the cart, then checkout of 1 unit. Checks: the order
// exists; the loyalty hooks ran (the gift card is linked to the order and its balance was
// debited); this plugin's order.placed subscriber allocated one unit to the line (polled: it runs
// after the response). `check(condition, message)` throws on failure. Resolves a short summary.

const { request } = require("./scratch-server")
const { createStorefrontKit } = require("./storefront-checkout")

const SERIALS = ["LOYALTY-CHECK-0001", "LOYALTY-CHECK-0002"]
const GIFT_CARD_VALUE = 100
const ALLOCATION_WAIT_MS = 20000

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const short = (body) => JSON.stringify(body ?? null).slice(0, 300)
// The check's message, with the answer appended when it fails.
const about = (ok, message, res) =>
  ok || !res ? message : `${message} (got ${res.status}: ${short(res.body)})`

async function loyaltyCheckout(port, { email, password }, check) {
  const call = (method, path, body, headers) =>
    request(port, method, path, body, headers)

  const login = await call("POST", "/auth/user/emailpass", { email, password })
  check(login.status === 200 && !!login.body.token, "admin login works")
  const auth = { authorization: `Bearer ${login.body.token}` }
  const kit = createStorefrontKit({ request: call, adminHeaders: auth })

  const store = await kit.setUpSellingStore({ name: "Loyalty check" })
  const [product] = await kit.createProducts(store, [
    { title: "Serial phone", sku: "LOYALTY-PHONE", stockedQuantity: 2 },
  ])
  check(
    /^iitem_/.test(product.inventoryItemId),
    "a selling store and a stocked product (Medusa routes)"
  )
  const itemId = product.inventoryItemId

  const template = await call(
    "POST",
    "/admin/serial-templates",
    { name: "Loyalty check phones", warranty_months: 12 },
    auth
  )
  const madeTemplate = template.status === 201
  check(
    madeTemplate,
    about(
      madeTemplate,
      "POST /admin/serial-templates creates a template",
      template
    )
  )
  const policy = await call(
    "POST",
    `/admin/serial-tracking-policies/${itemId}`,
    { mode: "full", template_id: template.body.serial_template.id },
    auth
  )
  const full =
    policy.status === 200 && policy.body.serial_tracking_policy?.mode === "full"
  check(
    full,
    about(full, "the product's inventory item is tracked in full mode", policy)
  )
  const received = await call(
    "POST",
    "/admin/serial-numbers",
    {
      serial_numbers: SERIALS.map((serial) => ({
        serial,
        inventory_item_id: itemId,
        stock_location_id: store.locationId,
      })),
    },
    auth
  )
  const inStock =
    received.status === 201 &&
    received.body.serial_numbers?.length === 2 &&
    received.body.serial_numbers.every((u) => u.status === "in_stock")
  check(
    inStock,
    about(inStock, "2 units are received at the store's location", received)
  )

  const card = await call(
    "POST",
    "/admin/gift-cards",
    { currency_code: store.currencyCode, value: GIFT_CARD_VALUE },
    auth
  )
  const giftCard = card.body?.gift_card
  const madeCard = card.status === 200 && !!giftCard?.code
  check(
    madeCard,
    about(
      madeCard,
      `the loyalty plugin's POST /admin/gift-cards creates a ${GIFT_CARD_VALUE} ${store.currencyCode} gift card`,
      card
    )
  )

  const placed = await kit.checkout(
    store,
    [{ variant_id: product.variantId, quantity: 1 }],
    {
      beforePayment: async ({ cartId, headers }) => {
        const applied = await call(
          "POST",
          `/store/carts/${cartId}/gift-cards`,
          { code: giftCard.code },
          headers
        )
        const credited =
          applied.status === 200 &&
          !!applied.body.cart?.credit_lines?.some(
            (l) => l.reference_id === giftCard.id
          )
        check(
          credited,
          about(
            credited,
            "the loyalty plugin's POST /store/carts/:id/gift-cards applies it as a credit line",
            applied
          )
        )
      },
    }
  )
  const ordered = placed.status === 200 && /^order_/.test(placed.order?.id)
  check(
    ordered,
    about(
      ordered,
      "the storefront checkout completes the cart into an order",
      placed
    )
  )
  const orderId = placed.order.id
  const order = await call("GET", `/admin/orders/${orderId}`, null, auth)
  const found = order.status === 200 && order.body.order?.id === orderId
  check(found, about(found, "GET /admin/orders/:id finds the order", order))

  // The loyalty plugin's orderCreated hook links the cart's gift cards to the order, its
  // beforePaymentAuthorization hook debits them.
  const linked = await call(
    "GET",
    `/admin/gift-cards/${giftCard.id}/orders`,
    null,
    auth
  )
  const isLinked =
    linked.status === 200 && !!linked.body.orders?.some((o) => o.id === orderId)
  check(
    isLinked,
    about(
      isLinked,
      "the loyalty plugin's orderCreated hook linked the gift card to the order",
      linked
    )
  )
  const balance = await call(
    "GET",
    `/store/gift-cards/${encodeURIComponent(giftCard.code)}?fields=*store_credit_account`,
    null,
    { "x-publishable-api-key": store.publishableKey }
  )
  const account = balance.body?.gift_card?.store_credit_account
  const debited = balance.status === 200 && Number(account?.balance) === 0
  check(
    debited,
    about(
      debited,
      "the loyalty plugin's beforePaymentAuthorization hook debited the gift card to 0",
      balance
    )
  )

  // This plugin allocates on order.placed, in a subscriber: poll.
  const deadline = Date.now() + ALLOCATION_WAIT_MS
  let units = []
  let last
  for (;;) {
    last = await call(
      "GET",
      `/admin/orders/${orderId}/serial-numbers`,
      null,
      auth
    )
    const line = last.body?.lines?.[0]
    units = line?.inventory_items?.[0]?.units ?? []
    if (last.status === 200 && units.length) break
    if (Date.now() > deadline) break
    await sleep(500)
  }
  const [unit] = units
  check(
    last.status === 200 &&
      last.body.lines.length === 1 &&
      units.length === 1 &&
      unit.stage === "allocated" &&
      unit.status === "reserved" &&
      SERIALS.includes(unit.serial) &&
      last.body.lines[0].inventory_items[0].missing === 0,
    `GET /admin/orders/:id/serial-numbers shows the line with one allocated unit ` +
      `(${unit ? `${unit.serial}, ${unit.stage}, ${unit.status}` : `none after ${ALLOCATION_WAIT_MS / 1000} s: ${short(last.body)}`})`
  )
  return `order ${placed.order.display_id ?? orderId} with gift card, ${unit.serial} allocated`
}

module.exports = { loyaltyCheckout }
