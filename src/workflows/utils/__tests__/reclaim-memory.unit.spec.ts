import { memoryBudget, reclaimMemory } from "../reclaim-memory"

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

describe("reclaimMemory", () => {
  it("collects an object nothing refers to any more", async () => {
    // A WeakRef keeps its target until the end of the turn that made it.
    const ref = new WeakRef({ rows: new Array(100_000).fill("row") })
    await nextTurn()
    expect(ref.deref()).toBeDefined()
    // deref() keeps it for this turn too: collect in the next one.
    await nextTurn()
    reclaimMemory()
    expect(ref.deref()).toBeUndefined()
  })

  it("leaves what is still referred to", async () => {
    const held = { rows: new Array(1000).fill("row") }
    const ref = new WeakRef(held)
    await nextTurn()
    reclaimMemory()
    expect(ref.deref()).toBe(held)
  })
})

describe("memoryBudget", () => {
  it("collects once the heap grew by the budget, then counts from there", () => {
    const collect = jest.fn()
    const memory = memoryBudget(32 * 1024 * 1024, collect)
    memory.check()
    expect(collect).not.toHaveBeenCalled()
    // Tens of MB held push the heap past the budget.
    const held: string[][] = []
    for (let i = 0; i < 64; i++) held.push(new Array(100_000).fill(`r${i}`))
    memory.check()
    expect(collect).toHaveBeenCalledTimes(1)
    // Still held, but counted from the last collection: no second one.
    memory.check()
    expect(collect).toHaveBeenCalledTimes(1)
    expect(held).toHaveLength(64)
  })
})
