import type Redis from "ioredis"
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible"
import type {
  RateLimitWindow,
  ResolvedWarrantyRateLimitOptions,
} from "../../../../types/plugin-options"

export type WarrantyRateLimitVerdict =
  | { allowed: true }
  | { allowed: false; limited_by: "ip" | "key"; retry_after_s: number }

/**
 * The warranty route's two counters, per client address and per publishable
 * key, built on `rate-limiter-flexible`: in Redis when a client is given
 * (every Medusa process shares them; a per-process memory counter stands in
 * while Redis is unreachable), else in this process's memory.
 */
export class WarrantyRateLimiter {
  constructor(
    private readonly perIp: RateLimiterAbstract,
    private readonly perKey: RateLimiterAbstract,
    /** The `trust_proxy_hops` option: how the client address is read (see `clientAddress`). */
    readonly trustProxyHops?: number
  ) {}

  /**
   * Counts one request against both the address and the key (a refused
   * request counts too). Refused when either is over its limit; then
   * `retry_after_s` is when every exceeded limit allows again (whole
   * seconds, at least 1).
   */
  async consume(ip: string, key: string): Promise<WarrantyRateLimitVerdict> {
    const results = await Promise.allSettled([
      this.perIp.consume(ip),
      this.perKey.consume(key),
    ])
    let retryMs = 0
    let limitedBy: "ip" | "key" | null = null
    results.forEach((result, i) => {
      if (result.status === "fulfilled") {
        return
      }
      if (!(result.reason instanceof RateLimiterRes)) {
        throw result.reason
      }
      limitedBy ??= i === 0 ? "ip" : "key"
      retryMs = Math.max(retryMs, result.reason.msBeforeNext)
    })
    if (!limitedBy) {
      return { allowed: true }
    }
    return {
      allowed: false,
      limited_by: limitedBy,
      retry_after_s: Math.max(1, Math.ceil(retryMs / 1000)),
    }
  }
}

function counter(
  window: RateLimitWindow,
  keyPrefix: string,
  redis: Redis | undefined
): RateLimiterAbstract {
  const limits = { points: window.points, duration: window.duration_s }
  const memory = new RateLimiterMemory({ ...limits, keyPrefix })
  if (!redis) {
    return memory
  }
  return new RateLimiterRedis({
    ...limits,
    keyPrefix,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  })
}

/** The limiter for validated options: Redis-backed when `redis` is given. */
export function createWarrantyRateLimiter(
  options: ResolvedWarrantyRateLimitOptions,
  redis?: Redis
): WarrantyRateLimiter {
  return new WarrantyRateLimiter(
    counter(options.per_ip, `${options.key_prefix}:ip`, redis),
    counter(options.per_key, `${options.key_prefix}:key`, redis),
    options.trust_proxy_hops
  )
}
