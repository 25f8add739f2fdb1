// HTTP helpers for the benchmarks: a client bound to the bench server with the admin secret
// key (Basic auth) and the store publishable key (or any `headers`), returning status, parsed
// body and timing.

function createClient(baseUrl, { secretKey, publishableKey }) {
  const adminAuth = `Basic ${Buffer.from(`${secretKey}:`).toString("base64")}`

  async function request(
    method,
    path,
    { body, admin = false, store = false, headers: extra = {} } = {}
  ) {
    const headers = { ...extra }
    if (admin) headers.authorization = adminAuth
    if (store) headers["x-publishable-api-key"] = publishableKey
    let payload
    if (body !== undefined) {
      headers["content-type"] = "application/json"
      payload = typeof body === "string" ? body : JSON.stringify(body)
    }
    const started = process.hrtime.bigint()
    const res = await fetch(baseUrl + path, { method, headers, body: payload })
    const text = await res.text()
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    let json = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = null
    }
    return { status: res.status, json, text, ms }
  }

  async function expect(status, method, path, options) {
    const res = await request(method, path, options)
    if (res.status !== status) {
      throw new Error(
        `${method} ${path}: expected ${status}, got ${res.status}: ${res.text.slice(0, 500)}`
      )
    }
    return res
  }

  return { baseUrl, request, expect, publishableKey, adminAuth }
}

module.exports = { createClient }
