import { hashRequest, idempotencyKeyOf } from "../idempotency"

describe("hashRequest", () => {
  it("hashes JSON bodies independent of key order, and different bodies differently", () => {
    expect(hashRequest({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(
      hashRequest({ b: { d: "x", c: [1, 2] }, a: 1 })
    )
    expect(hashRequest({ a: [1, 2] })).not.toBe(hashRequest({ a: [2, 1] }))
  })

  it("hashes raw bytes as they are", () => {
    expect(hashRequest("serial\nA")).toBe(hashRequest(Buffer.from("serial\nA")))
    expect(hashRequest("serial\nA")).toHaveLength(64)
  })
})

describe("idempotencyKeyOf", () => {
  const req = (value?: string) =>
    ({ headers: { "idempotency-key": value } }) as any

  it("reads the header, null without it", () => {
    expect(idempotencyKeyOf(req("abc-123"))).toBe("abc-123")
    expect(idempotencyKeyOf({ headers: {} } as any)).toBeNull()
  })

  it("refuses empty, over-long and non-ASCII keys with idempotency_key_invalid", () => {
    for (const bad of ["", "x".repeat(256), "clé", "a b"]) {
      expect(() => idempotencyKeyOf(req(bad))).toThrow(
        expect.objectContaining({ code: "idempotency_key_invalid" })
      )
    }
  })
})
