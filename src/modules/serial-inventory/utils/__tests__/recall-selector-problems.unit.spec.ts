import { parseSerialRange } from "../parse-serial-range"
import { recallSelectorProblems } from "../recall-selector-problems"

describe("parseSerialRange", () => {
  it("keeps the padding and the text around the number", () => {
    expect(parseSerialRange("SN-000100..SN-000500", 1000000)).toEqual({
      range: {
        first: "SN-000100",
        last: "SN-000500",
        prefix: "SN-",
        suffix: "",
        from: 100n,
        to: 500n,
        width: 6,
        size: 401n,
      },
    })
    expect(parseSerialRange("A9-X..A11-X", 10)).toMatchObject({
      range: { prefix: "A", suffix: "-X", width: null, size: 3n },
    })
  })

  it.each([
    ["..", "must look like FIRST..LAST"],
    ["SN-1", "must look like FIRST..LAST"],
    ["SN-0005..SN-0001", "is reversed"],
    ["SN-0001..XX-0005", "same text around one number"],
    ["SN-001..SN-0005", "same number of digits"],
    ["SN-0000000..SN-1000000", "holds 1000001 serials; at most 1000000"],
  ])("refuses %s", (range, problem) => {
    const parsed = parseSerialRange(range, 1000000)
    expect("problem" in parsed && parsed.problem).toContain(problem)
  })

  it("takes a range of exactly the maximum", () => {
    expect(parseSerialRange("X-0000001..X-1000000", 1000000)).toHaveProperty(
      "range"
    )
  })
})

describe("recallSelectorProblems", () => {
  it("needs at least one criterion", () => {
    expect(recallSelectorProblems({})).toEqual([
      expect.stringContaining("at least one criterion"),
    ])
    expect(recallSelectorProblems({ serials: [], lot: "" })).toHaveLength(1)
    expect(recallSelectorProblems({ lot: "L-1" })).toEqual([])
  })

  it("names a bad range and a window that ends before it starts", () => {
    expect(
      recallSelectorProblems({
        serial_range: "SN-9..SN-1",
        received_from: "2026-02-01T00:00:00.000Z",
        received_to: "2026-01-01T00:00:00.000Z",
      })
    ).toEqual([
      expect.stringContaining('serial_range: range "SN-9..SN-1" is reversed'),
      expect.stringContaining("received_to"),
    ])
  })

  it("refuses a list over 100,000 serials", () => {
    const serials = Array.from({ length: 100001 }, (_, i) => `S${i}`)
    expect(recallSelectorProblems({ serials })).toEqual([
      "serials: 100001 listed; at most 100000",
    ])
  })
})
