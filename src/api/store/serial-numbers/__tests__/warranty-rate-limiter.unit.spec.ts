import Redis from "ioredis"
import { parsePluginOptions } from "../../../../modules/serial-inventory/utils"
import { createWarrantyRateLimiter } from "../helpers/warranty-rate-limiter"

const options = (perIp: number, perKey: number, duration = 60) =>
  parsePluginOptions({
    warranty_rate_limit: {
      per_ip: { points: perIp, duration_s: duration },
      per_key: { points: perKey, duration_s: duration },
      key_prefix: `unit-test-${Math.random()}`,
    },
  }).warranty_rate_limit

describe("WarrantyRateLimiter in process (no Redis)", () => {
  it("allows `points` per address, then refuses with the seconds to wait", async () => {
    const limiter = createWarrantyRateLimiter(options(3, 100, 30))
    const verdicts = []
    for (let i = 0; i < 4; i++)
      verdicts.push(await limiter.consume("1.1.1.1", "pk_a"))
    expect(verdicts.slice(0, 3)).toEqual(Array(3).fill({ allowed: true }))
    expect(verdicts[3]).toEqual({
      allowed: false,
      limited_by: "ip",
      retry_after_s: expect.any(Number),
    })
    const wait = (verdicts[3] as any).retry_after_s
    expect(wait).toBeGreaterThanOrEqual(29)
    expect(wait).toBeLessThanOrEqual(30)
    // Another address is counted apart.
    expect(await limiter.consume("2.2.2.2", "pk_a")).toEqual({ allowed: true })
  })

  it("refuses a key over its limit from any address, each key apart", async () => {
    const limiter = createWarrantyRateLimiter(options(100, 4))
    for (let i = 0; i < 4; i++)
      expect(await limiter.consume(`10.0.0.${i}`, "pk_a")).toEqual({
        allowed: true,
      })
    expect(await limiter.consume("10.0.0.9", "pk_a")).toMatchObject({
      allowed: false,
      limited_by: "key",
    })
    expect(await limiter.consume("10.0.0.9", "pk_b")).toEqual({
      allowed: true,
    })
  })

  it("lets a window pass before allowing again", async () => {
    const limiter = createWarrantyRateLimiter(options(1, 100, 1))
    await limiter.consume("3.3.3.3", "pk")
    expect(await limiter.consume("3.3.3.3", "pk")).toMatchObject({
      allowed: false,
      retry_after_s: 1,
    })
    await new Promise((r) => setTimeout(r, 1100))
    expect(await limiter.consume("3.3.3.3", "pk")).toEqual({ allowed: true })
  })

  it("counts in process while its Redis is unreachable (insurance limiter), instead of failing", async () => {
    const redis = new Redis("redis://127.0.0.1:1", {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    })
    redis.on("error", () => {})
    try {
      const limiter = createWarrantyRateLimiter(options(2, 100), redis)
      const verdicts = []
      for (let i = 0; i < 3; i++)
        verdicts.push(await limiter.consume("4.4.4.4", "pk"))
      expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false])
    } finally {
      redis.disconnect()
    }
  })
})
