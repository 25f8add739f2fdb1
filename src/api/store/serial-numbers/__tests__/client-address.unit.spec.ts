import { clientAddress } from "../helpers/client-address"

const request = (forwardedFor?: string) =>
  ({
    ip: "req.ip",
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
    socket: { remoteAddress: "10.0.0.1" },
  }) as any

describe("clientAddress", () => {
  it("is Express's req.ip without trust_proxy_hops (Medusa's trust proxy: 1)", () => {
    expect(clientAddress(request("1.1.1.1, 2.2.2.2"), undefined)).toBe("req.ip")
  })

  it("counts trusted hops from the socket through X-Forwarded-For, right to left", () => {
    const req = request("203.0.113.9, 198.51.100.2, 192.0.2.3")
    expect(clientAddress(req, 0)).toBe("10.0.0.1")
    expect(clientAddress(req, 1)).toBe("192.0.2.3")
    expect(clientAddress(req, 2)).toBe("198.51.100.2")
    expect(clientAddress(req, 3)).toBe("203.0.113.9")
    // More hops than the header has: the leftmost address, never a made-up one.
    expect(clientAddress(req, 9)).toBe("203.0.113.9")
  })

  it("ignores a client's own X-Forwarded-For with 0 hops (Medusa exposed directly)", () => {
    expect(clientAddress(request("6.6.6.6"), 0)).toBe("10.0.0.1")
    expect(clientAddress(request(), 0)).toBe("10.0.0.1")
  })
})
