// The library ships no types; this covers the call client-address.ts makes (Express's own req.ip).
declare module "proxy-addr" {
  import type { IncomingMessage } from "http"
  function proxyaddr(
    req: IncomingMessage,
    trust: (addr: string, i: number) => boolean
  ): string
  export = proxyaddr
}
