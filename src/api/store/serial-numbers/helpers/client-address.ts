import type { MedusaRequest } from "@medusajs/framework/http"
import proxyaddr from "proxy-addr"

/**
 * The client address the warranty rate limit counts against. By default
 * Express's `req.ip` under Medusa's `trust proxy: 1` (the last
 * `X-Forwarded-For` entry). With `trustProxyHops` set, the address as seen
 * through exactly that many trusted proxies (Express's own `proxy-addr`):
 * 0 ignores `X-Forwarded-For` (Medusa exposed directly), 2 for a CDN in
 * front of a load balancer.
 */
export function clientAddress(
  req: MedusaRequest,
  trustProxyHops: number | undefined
): string {
  const address =
    trustProxyHops === undefined
      ? req.ip
      : proxyaddr(req, (_addr, i) => i < trustProxyHops)
  return address || req.socket?.remoteAddress || "unknown"
}
