import type { ConfigModule, Logger } from "@medusajs/framework/types"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import { parsePluginOptions } from "../../../../modules/serial-inventory/utils"
import {
  createWarrantyRateLimiter,
  type WarrantyRateLimiter,
} from "./warranty-rate-limiter"

const READY_TIMEOUT_MS = 3000
const limiters = new WeakMap<object, Promise<WarrantyRateLimiter | null>>()

/** The module's options as Medusa passed them (from the plugin entry, or the store's `modules`). */
function moduleOptions(config: ConfigModule): unknown {
  const entry = config.modules?.[SERIAL_INVENTORY_MODULE]
  return typeof entry === "object" ? entry?.options : undefined
}

async function connect(url: string, config: ConfigModule, logger: Logger) {
  const projectConfig = config.projectConfig
  const redis = new Redis(url, {
    ...(url === projectConfig.redisUrl ? projectConfig.redisOptions : {}),
    // Fail fast while disconnected: the in-process counter stands in.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  })
  let warned = false
  redis.on("error", (err) => {
    if (!warned) {
      warned = true
      logger.warn(
        `serial-inventory: the warranty rate limit's Redis is unreachable (${err.message}); ` +
          `counting per process until it is back`
      )
    }
  })
  redis.on("ready", () => (warned = false))
  // Wait (briefly) for the first connection, so a fresh process counts in Redis from its first request.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, READY_TIMEOUT_MS)
    redis.once("ready", () => {
      clearTimeout(timer)
      resolve()
    })
  })
  return redis
}

async function build(container: MedusaContainer) {
  const config: ConfigModule = container.resolve(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  const options = parsePluginOptions(
    moduleOptions(config) as any
  ).warranty_rate_limit
  if (!options.enabled) {
    return null
  }
  const url =
    options.redis_url === false
      ? undefined
      : options.redis_url || config.projectConfig.redisUrl
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const redis = url ? await connect(url, config, logger) : undefined
  return createWarrantyRateLimiter(options, redis)
}

/**
 * The warranty rate limiter of this Medusa app, built on first use from the
 * plugin's `warranty_rate_limit` options (validated at startup by the
 * module's loader) and the store's Redis; `null` when the limit is off.
 * One per app (keyed by its config module), so every request of a process
 * shares its counters.
 */
export function warrantyRateLimiterFor(
  container: MedusaContainer
): Promise<WarrantyRateLimiter | null> {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  let limiter = limiters.get(config)
  if (!limiter) {
    limiter = build(container)
    limiters.set(config, limiter)
    // A failed build is retried on the next request.
    limiter.catch(() => limiters.delete(config))
  }
  return limiter
}
