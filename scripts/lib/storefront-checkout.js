// A selling store and real storefront checkouts, over Medusa's own HTTP routes only: the tests,
// the packaging check's scratch stores, the two-process test and the benchmarks all place
// orders the way a shop does (cart, address, shipping method, payment session, complete).
//
// `request(method, path, body, headers)` must resolve `{ status, body }` (parsed JSON) without
// throwing on 4xx/5xx; `adminHeaders` authenticate an admin (Bearer or Basic secret key).

const PAYMENT_PROVIDER = "pp_system_default"
const FULFILLMENT_PROVIDER = "manual_manual"

function createStorefrontKit({ request, adminHeaders }) {
  async function expectOk(method, path, body, headers, what) {
    const res = await request(method, path, body, headers)
    if (res.status < 200 || res.status >= 300) {
      const detail = JSON.stringify(res.body ?? null).slice(0, 400)
      throw new Error(
        `${what}: ${method} ${path} answered ${res.status}: ${detail}`
      )
    }
    return res.body
  }
  const admin = (method, path, body, what) =>
    expectOk(method, path, body, adminHeaders, what)

  /**
   * A location that ships with the manual provider to `countryCode`, a region paying with
   * Medusa's system provider, a sales channel with a publishable key, a shipping option and a
   * return option. Resolves the ids the checkout and products need.
   */
  async function setUpSellingStore({
    name = "Serial shop",
    currencyCode = "usd",
    countryCode = "us",
    shippingPrice = 10,
  } = {}) {
    const { stock_location: location } = await admin(
      "POST",
      "/admin/stock-locations",
      { name: `${name} warehouse` },
      "create a stock location"
    )
    await admin(
      "POST",
      `/admin/stock-locations/${location.id}/fulfillment-providers`,
      { add: [FULFILLMENT_PROVIDER] },
      "enable the manual fulfillment provider"
    )
    const { stock_location: withSet } = await admin(
      "POST",
      `/admin/stock-locations/${location.id}/fulfillment-sets?fields=*fulfillment_sets`,
      { name: `${name} shipping`, type: "shipping" },
      "create a fulfillment set"
    )
    const fulfillmentSetId = withSet.fulfillment_sets[0].id
    const { fulfillment_set: set } = await admin(
      "POST",
      `/admin/fulfillment-sets/${fulfillmentSetId}/service-zones`,
      {
        name: `${name} zone`,
        geo_zones: [{ type: "country", country_code: countryCode }],
      },
      "create a service zone"
    )
    const serviceZoneId = set.service_zones[0].id
    const shippingProfileId = await defaultShippingProfile()
    const { region } = await admin(
      "POST",
      "/admin/regions",
      {
        name: `${name} region`,
        currency_code: currencyCode,
        countries: [countryCode],
        payment_providers: [PAYMENT_PROVIDER],
      },
      "create a region"
    )
    const { sales_channel: channel } = await admin(
      "POST",
      "/admin/sales-channels",
      { name: `${name} channel` },
      "create a sales channel"
    )
    await admin(
      "POST",
      `/admin/stock-locations/${location.id}/sales-channels`,
      { add: [channel.id] },
      "link the location to the sales channel"
    )
    const option = (isReturn) =>
      admin(
        "POST",
        "/admin/shipping-options",
        {
          name: isReturn ? `${name} return` : `${name} standard`,
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfileId,
          provider_id: FULFILLMENT_PROVIDER,
          price_type: "flat",
          type: {
            label: isReturn ? "Return" : "Standard",
            description: isReturn ? "Return by post" : "Ships in 2 days",
            code: isReturn ? "return" : "standard",
          },
          prices: [{ currency_code: currencyCode, amount: shippingPrice }],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: String(isReturn), operator: "eq" },
          ],
        },
        isReturn ? "create a return option" : "create a shipping option"
      )
    const { shipping_option: shipping } = await option(false)
    const { shipping_option: returns } = await option(true)
    const { api_key: key } = await admin(
      "POST",
      "/admin/api-keys",
      { title: `${name} storefront`, type: "publishable" },
      "create a publishable key"
    )
    await admin(
      "POST",
      `/admin/api-keys/${key.id}/sales-channels`,
      { add: [channel.id] },
      "link the publishable key to the sales channel"
    )
    return {
      locationId: location.id,
      regionId: region.id,
      salesChannelId: channel.id,
      shippingProfileId,
      shippingOptionId: shipping.id,
      returnShippingOptionId: returns.id,
      publishableKey: key.token,
      currencyCode,
      countryCode,
    }
  }

  async function defaultShippingProfile() {
    const { shipping_profiles: profiles } = await admin(
      "GET",
      "/admin/shipping-profiles?type=default",
      undefined,
      "list shipping profiles"
    )
    if (profiles.length) return profiles[0].id
    const { shipping_profile: profile } = await admin(
      "POST",
      "/admin/shipping-profiles",
      { name: "Default", type: "default" },
      "create a shipping profile"
    )
    return profile.id
  }

  /**
   * A published one-variant product per `{ title, sku, stockedQuantity, manageInventory }`,
   * sold in the store's channel and stocked at its location. Resolves
   * `{ productId, variantId, inventoryItemId, sku }` per product, in order.
   */
  async function createProducts(store, products, { price = 500 } = {}) {
    const created = []
    for (const p of products) {
      const manage = p.manageInventory !== false
      const { product } = await admin(
        "POST",
        "/admin/products?fields=id,variants.id,variants.sku,variants.inventory_items.inventory_item_id",
        {
          title: p.title,
          status: "published",
          shipping_profile_id: store.shippingProfileId,
          sales_channels: [{ id: store.salesChannelId }],
          options: [{ title: "Edition", values: ["Standard"] }],
          variants: [
            {
              title: `${p.title} Standard`,
              sku: p.sku,
              manage_inventory: manage,
              options: { Edition: "Standard" },
              prices: [{ currency_code: store.currencyCode, amount: price }],
            },
          ],
        },
        `create product ${p.sku}`
      )
      const variant = product.variants[0]
      const inventoryItemId =
        variant.inventory_items?.[0]?.inventory_item_id ?? null
      if (manage && inventoryItemId) {
        await admin(
          "POST",
          `/admin/inventory-items/${inventoryItemId}/location-levels`,
          {
            location_id: store.locationId,
            stocked_quantity: p.stockedQuantity ?? 100,
          },
          `stock ${p.sku}`
        )
      }
      created.push({
        productId: product.id,
        variantId: variant.id,
        inventoryItemId,
        sku: p.sku,
      })
    }
    return created
  }

  /**
   * Everything of a storefront checkout of `items` ([{ variant_id, quantity }]) but the
   * completion: cart with address, the store's shipping option, a payment session with the
   * system provider. Resolves `{ cartId, headers }` (the store headers to complete it with);
   * `completeCart` then places the order (the benchmarks time that call alone).
   * `beforePayment({ cartId, headers })`, if given, runs once shipping is chosen and before the
   * payment collection (to apply a gift card, a promotion, ...).
   */
  async function prepareCart(
    store,
    items,
    { email = "buyer@example.com", beforePayment } = {}
  ) {
    const headers = { "x-publishable-api-key": store.publishableKey }
    const storeCall = (method, path, body, what) =>
      expectOk(method, path, body, headers, what)
    const { cart } = await storeCall(
      "POST",
      "/store/carts",
      {
        region_id: store.regionId,
        sales_channel_id: store.salesChannelId,
        email,
        items,
        shipping_address: {
          first_name: "Ada",
          last_name: "Buyer",
          address_1: "1 Serial Street",
          city: "Springfield",
          postal_code: "12345",
          country_code: store.countryCode,
        },
      },
      "create a cart"
    )
    await storeCall(
      "POST",
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: store.shippingOptionId },
      "choose shipping"
    )
    if (beforePayment) await beforePayment({ cartId: cart.id, headers })
    const { payment_collection: collection } = await storeCall(
      "POST",
      "/store/payment-collections",
      { cart_id: cart.id },
      "create a payment collection"
    )
    await storeCall(
      "POST",
      `/store/payment-collections/${collection.id}/payment-sessions`,
      { provider_id: PAYMENT_PROVIDER },
      "start a payment session"
    )
    return { cartId: cart.id, headers }
  }

  /**
   * `POST /store/carts/:id/complete` of a prepared cart. Resolves
   * `{ status, body, order, cartId }`; `order` is null when the cart was refused.
   */
  async function completeCart({ cartId, headers }) {
    const res = await request(
      "POST",
      `/store/carts/${cartId}/complete`,
      {},
      headers
    )
    const order =
      res.status === 200 && res.body?.type === "order" ? res.body.order : null
    return { status: res.status, body: res.body, order, cartId }
  }

  /**
   * A storefront checkout of `items` ([{ variant_id, quantity }]): `prepareCart`, then
   * `completeCart`. Resolves `{ status, body, order, cartId }`; `order` is null when the cart
   * was refused.
   */
  async function checkout(store, items, options = {}) {
    return completeCart(await prepareCart(store, items, options))
  }

  return {
    setUpSellingStore,
    createProducts,
    prepareCart,
    completeCart,
    checkout,
  }
}

/**
 * A `request` for `createStorefrontKit` over `fetch` to a server at `baseUrl`: JSON in and
 * out, never throwing on 4xx/5xx.
 */
function fetchRequest(baseUrl) {
  return async (method, path, body, headers) => {
    const res = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(headers ?? {}),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : null }
  }
}

module.exports = {
  createStorefrontKit,
  PAYMENT_PROVIDER,
  FULFILLMENT_PROVIDER,
  fetchRequest,
}
