import {
  parsePluginOptions,
  WARRANTY_RATE_LIMIT_DEFAULTS,
} from "../plugin-options"

describe("parsePluginOptions", () => {
  it("fills in the defaults for no options", () => {
    for (const raw of [undefined, null, {}, { warranty_rate_limit: {} }]) {
      expect(parsePluginOptions(raw as any).warranty_rate_limit).toEqual({
        ...WARRANTY_RATE_LIMIT_DEFAULTS,
        redis_url: undefined,
      })
    }
    expect(WARRANTY_RATE_LIMIT_DEFAULTS).toMatchObject({
      enabled: true,
      per_ip: { points: 60, duration_s: 60 },
      per_key: { points: 1200, duration_s: 60 },
    })
  })

  it("keeps what is given and other top-level options", () => {
    const parsed = parsePluginOptions({
      warranty_rate_limit: {
        enabled: false,
        per_ip: { points: 5, duration_s: 10 },
        redis_url: "redis://cache:6379/2",
        trust_proxy_hops: 2,
      },
      other_capability: { x: 1 },
    } as any)
    expect(parsed.warranty_rate_limit).toEqual({
      enabled: false,
      per_ip: { points: 5, duration_s: 10 },
      per_key: WARRANTY_RATE_LIMIT_DEFAULTS.per_key,
      redis_url: "redis://cache:6379/2",
      key_prefix: "serial_inventory:warranty",
      trust_proxy_hops: 2,
    })
    expect(
      parsePluginOptions({ warranty_rate_limit: { redis_url: false } })
        .warranty_rate_limit.redis_url
    ).toBe(false)
  })

  it("refuses bad options with serial_plugin_options_invalid, naming each", () => {
    let error: any
    try {
      parsePluginOptions({
        warranty_rate_limit: {
          per_ip: { points: 0, duration_s: 60 },
          per_key: { points: 10, duration_s: "60" },
          redis_url: "localhost:6379",
          trust_proxy_hops: -1,
          burst: 3,
        },
      } as any)
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({
      type: "invalid_data",
      code: "serial_plugin_options_invalid",
    })
    for (const where of [
      "warranty_rate_limit.per_ip.points",
      "warranty_rate_limit.per_key.duration_s",
      "warranty_rate_limit.redis_url",
      "warranty_rate_limit.trust_proxy_hops",
      "burst",
    ]) {
      expect(error.message).toContain(where)
    }
    expect(() => parsePluginOptions({ warranty_rate_limit: 5 } as any)).toThrow(
      /warranty_rate_limit/
    )
  })
})
