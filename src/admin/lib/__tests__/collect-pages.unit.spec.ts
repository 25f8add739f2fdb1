import { collectPages } from "../collect-pages"

const list = (total: number) => {
  const calls: [number, number][] = []
  const fetchPage = async (offset: number, limit: number) => {
    calls.push([offset, limit])
    const items = Array.from(
      { length: Math.max(0, Math.min(limit, total - offset)) },
      (_, i) => offset + i
    )
    return { items, count: total }
  }
  return { calls, fetchPage }
}

describe("collectPages", () => {
  it("reads 2,345 items in three pages of 1000, in order", async () => {
    const { calls, fetchPage } = list(2345)
    const items = await collectPages(fetchPage, 1000)
    expect(items).toHaveLength(2345)
    expect(items[0]).toBe(0)
    expect(items[2344]).toBe(2344)
    expect(calls).toEqual([
      [0, 1000],
      [1000, 1000],
      [2000, 1000],
    ])
  })

  it("stops after one page when everything fits, also at exactly the limit", async () => {
    expect((await collectPages(list(7).fetchPage, 1000)).length).toBe(7)
    const exact = list(1000)
    expect((await collectPages(exact.fetchPage, 1000)).length).toBe(1000)
    expect(exact.calls).toHaveLength(1)
  })

  it("asks once for an empty list", async () => {
    const empty = list(0)
    expect(await collectPages(empty.fetchPage, 1000)).toEqual([])
    expect(empty.calls).toHaveLength(1)
  })

  it("stops on an empty page even if the count promised more", async () => {
    let calls = 0
    const items = await collectPages(async () => {
      calls++
      return { items: calls === 1 ? [1, 2] : [], count: 10 }
    }, 2)
    expect(items).toEqual([1, 2])
    expect(calls).toBe(2)
  })
})
