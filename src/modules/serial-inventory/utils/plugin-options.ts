import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { SerialErrorCode } from "../../../types/error-codes"
import type {
  ResolvedWarrantyRateLimitOptions,
  SerialInventoryPluginOptions,
} from "../../../types/plugin-options"
import { serialError } from "./errors"

/** Defaults of `warranty_rate_limit`: a shopper or a support desk never meets them, a script does. */
export const WARRANTY_RATE_LIMIT_DEFAULTS: ResolvedWarrantyRateLimitOptions = {
  enabled: true,
  per_ip: { points: 60, duration_s: 60 },
  per_key: { points: 1200, duration_s: 60 },
  key_prefix: "serial_inventory:warranty",
}

const window = z
  .object({
    points: z.number().int().min(1).max(1_000_000_000),
    duration_s: z.number().int().min(1).max(86_400),
  })
  .strict()

const warrantyRateLimit = z
  .object({
    enabled: z.boolean().optional(),
    per_ip: window.optional(),
    per_key: window.optional(),
    redis_url: z
      .union([z.literal(false), z.string().regex(/^rediss?:\/\/\S+$/)])
      .optional(),
    key_prefix: z.string().min(1).max(100).optional(),
    trust_proxy_hops: z.number().int().min(0).max(10).optional(),
  })
  .strict()

// Unknown top-level keys are kept: Medusa passes the same object to every module of the plugin.
const pluginOptions = z
  .object({ warranty_rate_limit: warrantyRateLimit.optional() })
  .passthrough()

export interface ResolvedPluginOptions {
  warranty_rate_limit: ResolvedWarrantyRateLimitOptions
}

/**
 * Validates the plugin's options (the module loader calls it at startup, so
 * a store with bad options does not boot) and fills in the defaults.
 * Refuses with `serial_plugin_options_invalid`, naming every bad option and
 * what is wrong with it.
 */
export function parsePluginOptions(
  raw: SerialInventoryPluginOptions | undefined | null
): ResolvedPluginOptions {
  const result = pluginOptions.safeParse(raw ?? {})
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.join(".") || "(options)"
      return `${path}: ${issue.message}`
    })
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.PLUGIN_OPTIONS_INVALID,
      `Invalid medusa-serial-inventory options: ${problems.join("; ")}`
    )
  }
  const given = result.data.warranty_rate_limit ?? {}
  const defaults = WARRANTY_RATE_LIMIT_DEFAULTS
  return {
    warranty_rate_limit: {
      enabled: given.enabled ?? defaults.enabled,
      per_ip: given.per_ip ?? defaults.per_ip,
      per_key: given.per_key ?? defaults.per_key,
      redis_url: given.redis_url,
      key_prefix: given.key_prefix ?? defaults.key_prefix,
      trust_proxy_hops: given.trust_proxy_hops,
    },
  }
}
