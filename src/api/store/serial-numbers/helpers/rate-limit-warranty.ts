import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { PUBLISHABLE_KEY_HEADER } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../../types/error-codes"
import { clientAddress } from "./client-address"
import { warrantyRateLimiterFor } from "./warranty-rate-limiter-for"

/**
 * Middleware of `GET /store/serial-numbers/:serial/warranty`, run before the
 * route reads anything: counts the request against its client address
 * (`clientAddress`: `req.ip` under Medusa's `trust proxy: 1`, or the
 * `trust_proxy_hops` option) and its
 * publishable key, and answers 429 `serial_warranty_rate_limited` with
 * `Retry-After` (seconds) over either limit. The answer never depends on
 * the serial asked for, so known and unknown serials are refused alike.
 */
export async function rateLimitWarranty(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const limiter = await warrantyRateLimiterFor(req.scope)
    if (!limiter) {
      return next()
    }
    const ip = clientAddress(req, limiter.trustProxyHops)
    const key =
      (req as MedusaStoreRequest).publishable_key_context?.key ??
      req.get(PUBLISHABLE_KEY_HEADER) ??
      ""
    const verdict = await limiter.consume(ip, key)
    if (verdict.allowed) {
      return next()
    }
    const who =
      verdict.limited_by === "ip" ? "this address" : "this publishable key"
    res.set("Retry-After", String(verdict.retry_after_s))
    res.status(429).json({
      code: SerialErrorCode.WARRANTY_RATE_LIMITED,
      type: "too_many_requests",
      message: `Too many warranty checks from ${who}; retry in ${verdict.retry_after_s} s`,
    })
  } catch (err) {
    next(err)
  }
}
