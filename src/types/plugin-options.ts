/** One limit: at most `points` requests per `duration_s` seconds. */
export interface RateLimitWindow {
  points: number
  duration_s: number
}

/**
 * Rate limit of the public warranty route
 * (`GET /store/serial-numbers/:serial/warranty`). Every request counts
 * against both its client address and its publishable key; over either
 * limit the route answers 429 with `Retry-After`.
 */
export interface WarrantyRateLimitOptions {
  /** `false` turns the limit off (e.g. an API gateway limits instead). Default `true`. */
  enabled?: boolean
  /** Per client address (`req.ip`). Default 60 per 60 s. */
  per_ip?: RateLimitWindow
  /** Per publishable key (the whole storefront). Default 1,200 per 60 s. */
  per_key?: RateLimitWindow
  /**
   * Where the counters live: by default the store's `projectConfig.redisUrl`
   * (shared by every Medusa process), in process memory without one. A URL
   * here overrides it; `false` keeps the counters in each process.
   */
  redis_url?: string | false
  /** Prefix of the Redis keys. Default `serial_inventory:warranty`. */
  key_prefix?: string
  /**
   * How many proxies in front of Medusa to trust for `X-Forwarded-For` when
   * reading the client address: `0` when Medusa is exposed directly (the
   * header is then ignored), `2` for a CDN in front of a load balancer.
   * Default: Express's `req.ip` under Medusa's fixed `trust proxy: 1`.
   */
  trust_proxy_hops?: number
}

/** The plugin's options (`plugins: [{ resolve: "medusa-serial-inventory", options }]`). */
export interface SerialInventoryPluginOptions {
  warranty_rate_limit?: WarrantyRateLimitOptions
}

/** The options after validation, every default filled in. */
export interface ResolvedWarrantyRateLimitOptions {
  enabled: boolean
  per_ip: RateLimitWindow
  per_key: RateLimitWindow
  redis_url?: string | false
  key_prefix: string
  trust_proxy_hops?: number
}
