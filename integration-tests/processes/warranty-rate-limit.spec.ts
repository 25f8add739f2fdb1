// The warranty route's rate limit is shared by every Medusa process (issue 9, point 1). Two
// `medusa start` processes on one database and one Redis (the store's `redisUrl`, which the
// limiter uses unless an option overrides it): the allowed requests of one client address, and
// of one publishable key, split across both processes; the next one is refused on either, and
// the counters are in Redis.
//
// Needs Redis (WARRANTY_REDIS_URL, default redis://127.0.0.1:6379/5); skips with a message
// without it.
import Redis from "ioredis"
import {
  openTwoProcessStore,
  redisUnavailable,
} from "./helpers/two-process-store"
import type { StoreProcess, TwoProcessStore } from "./helpers/two-process-store"

const REDIS_URL = process.env.WARRANTY_REDIS_URL || "redis://127.0.0.1:6379/5"
const PER_IP = 6
const PER_KEY = 20
// Counters of this run only (a Redis database may hold an earlier run's).
const PREFIX = `serial_inventory:warranty:test-${process.pid}-${Date.now()}`
const OPTIONS = {
  warranty_rate_limit: {
    per_ip: { points: PER_IP, duration_s: 120 },
    per_key: { points: PER_KEY, duration_s: 120 },
    key_prefix: PREFIX,
  },
}

let skipReason: string | null = null
let store: TwoProcessStore
let servers: StoreProcess[]
let redis: Redis

async function admin(server: StoreProcess, path: string, body?: unknown) {
  const token = await store.adminToken(server)
  const res = await fetch(server.baseUrl + path, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json: any = await res.json()
  if (res.status >= 300)
    throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

/** A publishable key scoped to the store's default sales channel. */
async function publishableKey(title: string) {
  const { sales_channels } = await admin(servers[0], "/admin/sales-channels")
  const { api_key } = await admin(servers[0], "/admin/api-keys", {
    title,
    type: "publishable",
  })
  await admin(servers[0], `/admin/api-keys/${api_key.id}/sales-channels`, {
    add: [sales_channels[0].id],
  })
  return api_key.token as string
}

async function warranty(
  server: StoreProcess,
  key: string,
  from: string,
  serial = "NO-SUCH-SERIAL"
) {
  const res = await fetch(
    `${server.baseUrl}/store/serial-numbers/${serial}/warranty`,
    { headers: { "x-publishable-api-key": key, "x-forwarded-for": from } }
  )
  return {
    status: res.status,
    retryAfter: res.headers.get("retry-after"),
    body: (await res.json()) as any,
  }
}

beforeAll(async () => {
  skipReason = await redisUnavailable(REDIS_URL)
  if (skipReason) {
    console.warn(
      `SKIPPED the two-process warranty rate limit test: ${skipReason}. ` +
        `Start Redis (or set WARRANTY_REDIS_URL) to run it.`
    )
    return
  }
  redis = new Redis(REDIS_URL)
  store = await openTwoProcessStore({
    redisUrl: REDIS_URL,
    dbName: `serial_warranty_limit_${process.pid}`,
  })
  servers = await store.start({
    SERIAL_INVENTORY_OPTIONS: JSON.stringify(OPTIONS),
  })
}, 600000)

afterAll(async () => {
  if (redis) {
    const keys = await redis.keys(`${PREFIX}:*`)
    if (keys.length) await redis.del(...keys)
    redis.disconnect()
  }
  if (store) await store.close()
}, 120000)

describe("the warranty rate limit across two Medusa processes on one Redis", () => {
  it("refuses an address on either process once its requests on both reach the limit", async () => {
    if (skipReason) return
    const key = await publishableKey("limit per address")
    const from = "198.51.100.7"
    const allowed = []
    for (let i = 0; i < PER_IP; i++)
      allowed.push((await warranty(servers[i % 2], key, from)).status)
    expect(allowed).toEqual(Array(PER_IP).fill(200))

    const refused = await Promise.all(
      servers.map((s) => warranty(s, key, from))
    )
    for (const res of refused) {
      expect(res.status).toBe(429)
      expect(res.body.code).toBe("serial_warranty_rate_limited")
      expect(Number(res.retryAfter)).toBeGreaterThanOrEqual(1)
      expect(Number(res.retryAfter)).toBeLessThanOrEqual(120)
    }
    // Counted in Redis: every request of the address, refused ones too.
    expect(await redis.get(`${PREFIX}:ip:${from}`)).toBe(String(PER_IP + 2))
    // Another address is served by both.
    for (const server of servers)
      expect((await warranty(server, key, "198.51.100.8")).status).toBe(200)
  })

  it("refuses a publishable key on either process once its requests on both reach the limit", async () => {
    if (skipReason) return
    const key = await publishableKey("limit per key")
    const statuses = []
    // Spread over addresses that each stay under their own limit.
    for (let i = 0; i < PER_KEY; i++) {
      const from = `203.0.113.${i % 5}`
      statuses.push((await warranty(servers[i % 2], key, from)).status)
    }
    expect(statuses).toEqual(Array(PER_KEY).fill(200))
    for (const server of servers) {
      const res = await warranty(server, key, "203.0.113.99")
      expect([res.status, res.body.message]).toEqual([
        429,
        expect.stringContaining("this publishable key"),
      ])
      expect(res.retryAfter).toMatch(/^\d+$/)
    }
  })
})
