import { createMicroBatcher } from "../micro-batcher"

const deferred = () => {
  let release!: () => void
  const promise = new Promise<void>((r) => (release = r))
  return { promise, release }
}

describe("createMicroBatcher", () => {
  it("runs a lone key at once, and keys of the same tick as one batch", async () => {
    const runs: number[][] = []
    const batcher = createMicroBatcher(async (keys: number[]) => {
      runs.push(keys)
      return keys.map((k) => k * 10)
    })
    expect(await batcher.add(1)).toBe(10)
    const results = await Promise.all([2, 3, 4].map((k) => batcher.add(k)))
    expect(results).toEqual([20, 30, 40])
    expect(runs).toEqual([[1], [2, 3, 4]])
  })

  it("gathers the keys that arrive while every slot is busy into the next batch, at most maxSize each", async () => {
    const runs: number[][] = []
    const gate = deferred()
    const batcher = createMicroBatcher(
      async (keys: number[]) => {
        runs.push(keys)
        if (keys[0] === 0) await gate.promise
        return keys
      },
      { maxInFlight: 1, maxSize: 2 }
    )
    const first = batcher.add(0)
    await new Promise((r) => setImmediate(r))
    const later = [1, 2, 3].map((k) => batcher.add(k))
    await new Promise((r) => setTimeout(r, 20))
    expect(runs).toEqual([[0]]) // the others wait for the slot
    gate.release()
    expect(await Promise.all([first, ...later])).toEqual([0, 1, 2, 3])
    expect(runs).toEqual([[0], [1, 2], [3]])
  })

  it("retries a failed batch key by key, so one bad key fails alone", async () => {
    const runs: number[][] = []
    const batcher = createMicroBatcher(async (keys: number[]) => {
      runs.push(keys)
      if (keys.includes(13)) throw new Error(`bad key in ${keys}`)
      return keys.map((k) => k + 1)
    })
    const outcomes = await Promise.allSettled(
      [12, 13, 14].map((k) => batcher.add(k))
    )
    expect(outcomes).toEqual([
      { status: "fulfilled", value: 13 },
      { status: "rejected", reason: new Error("bad key in 13") },
      { status: "fulfilled", value: 15 },
    ])
    expect(runs).toEqual([[12, 13, 14], [12], [13], [14]])
  })
})
