// The HTTP scenario the packaging check runs against a booted scratch store: an admin logs in,
// makes a publishable key scoped to a new sales channel and a product there with its inventory
// item (Medusa's own routes), then uses the plugin's
// routes end to end: template with a warranty, tracking policy, a unit, a sale, the list with its
// status counts, and the public warranty route with and without the publishable key.
// `check(condition, message)` throws on failure. Resolves with the number of plugin routes called.

const { request } = require("./scratch-server")

const SERIAL = "PACK-CHECK-0001"
const MONTH_MS = 30.44 * 864e5

async function smokeTestStore(port, { email, password }, check) {
  const call = (method, path, body, headers) =>
    request(port, method, path, body, headers)
  const pluginRoutes = new Set()
  const plugin = (method, path, body, headers, route = path) => {
    pluginRoutes.add(`${method} ${route}`)
    return call(method, path, body, headers)
  }

  const anonymous = await plugin("GET", "/admin/serial-numbers")
  check(anonymous.status === 401, "plugin admin routes require an admin (401)")

  const login = await call("POST", "/auth/user/emailpass", { email, password })
  check(login.status === 200 && !!login.body.token, "admin login works")
  const auth = { authorization: `Bearer ${login.body.token}` }

  const key = await call(
    "POST",
    "/admin/api-keys",
    { title: "pack check", type: "publishable" },
    auth
  )
  check(
    key.status === 200 && /^pk_/.test(key.body.api_key?.token),
    "a publishable API key is created (Medusa route)"
  )
  const storeHeaders = { "x-publishable-api-key": key.body.api_key.token }
  // The warranty route shows units of products in the key's sales channels only.
  const channel = await call(
    "POST",
    "/admin/sales-channels",
    { name: "Pack check channel" },
    auth
  )
  const channelId = channel.body.sales_channel?.id
  const scoped = await call(
    "POST",
    `/admin/api-keys/${key.body.api_key.id}/sales-channels`,
    { add: [channelId] },
    auth
  )
  check(
    channel.status === 200 && scoped.status === 200,
    "a sales channel is created and the key scoped to it (Medusa routes)"
  )
  const product = await call(
    "POST",
    "/admin/products",
    {
      title: "Pack check product",
      status: "published",
      sales_channels: [{ id: channelId }],
      options: [{ title: "Size", values: ["One"] }],
      variants: [
        {
          title: "Pack check one",
          sku: "PACK-CHECK",
          manage_inventory: true,
          options: { Size: "One" },
          prices: [{ amount: 100, currency_code: "usd" }],
        },
      ],
    },
    auth
  )
  const item = await call(
    "GET",
    "/admin/inventory-items?sku=PACK-CHECK",
    null,
    auth
  )
  check(
    product.status === 200 &&
      /^iitem_/.test(item.body.inventory_items?.[0]?.id),
    "a product in the channel is created with its inventory item (Medusa route)"
  )
  const itemId = item.body.inventory_items[0].id

  const template = await plugin(
    "POST",
    "/admin/serial-templates",
    { name: "Pack check", warranty_months: 12 },
    auth
  )
  check(
    template.status === 201 && /^stpl_/.test(template.body.serial_template?.id),
    "POST /admin/serial-templates creates a template"
  )
  const policy = await plugin(
    "POST",
    `/admin/serial-tracking-policies/${itemId}`,
    { mode: "full", template_id: template.body.serial_template.id },
    auth,
    "/admin/serial-tracking-policies/:inventory_item_id"
  )
  check(
    policy.status === 200 &&
      policy.body.serial_tracking_policy?.mode === "full" &&
      policy.body.serial_tracking_policy.is_default === false,
    "POST /admin/serial-tracking-policies/:id sets a full policy"
  )
  const created = await plugin(
    "POST",
    "/admin/serial-numbers",
    { serial_numbers: [{ serial: SERIAL, inventory_item_id: itemId }] },
    auth
  )
  const unit = created.body.serial_numbers?.[0]
  check(
    created.status === 201 &&
      /^sn_/.test(unit?.id) &&
      unit.status === "in_stock",
    "POST /admin/serial-numbers creates a unit in stock"
  )
  const sold = await plugin(
    "POST",
    `/admin/serial-numbers/${unit.id}/sell`,
    {},
    auth,
    "/admin/serial-numbers/:id/sell"
  )
  check(
    sold.status === 200 && sold.body.serial_number?.status === "sold",
    "POST /admin/serial-numbers/:id/sell sells it"
  )
  const list = await plugin("GET", "/admin/serial-numbers", null, auth)
  check(
    list.status === 200 &&
      list.body.count === 1 &&
      list.body.serial_numbers[0].serial === SERIAL &&
      list.body.serial_numbers[0].inventory_item?.id === itemId &&
      list.body.status_counts?.sold === 1,
    "GET /admin/serial-numbers lists it with its inventory item and status counts"
  )

  const warrantyPath = (serial) =>
    `/store/serial-numbers/${encodeURIComponent(serial)}/warranty`
  const route = "/store/serial-numbers/:serial/warranty"
  const noKey = await plugin("GET", warrantyPath(SERIAL), null, {}, route)
  check(noKey.status === 400, "the warranty route needs a publishable key")
  const warranty = await plugin(
    "GET",
    warrantyPath(` ${SERIAL.toLowerCase()} `),
    null,
    storeHeaders,
    route
  )
  const w = warranty.body.warranty
  const months =
    w && (Date.parse(w.expires_at) - Date.parse(w.starts_at)) / MONTH_MS
  check(
    warranty.status === 200 &&
      w.status === "active" &&
      w.product_title === "Pack check product" &&
      Math.round(months) === 12,
    "GET /store/serial-numbers/:serial/warranty shows a 12-month active warranty"
  )
  const unknown = await plugin(
    "GET",
    warrantyPath("NO-SUCH-SERIAL"),
    null,
    storeHeaders,
    route
  )
  check(
    unknown.status === 200 &&
      unknown.body.warranty?.status === "none" &&
      unknown.body.warranty.expires_at === null,
    "an unknown serial answers status none"
  )
  return pluginRoutes.size
}

module.exports = { smokeTestStore }
