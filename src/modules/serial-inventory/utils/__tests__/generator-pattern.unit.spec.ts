import {
  generatorPatternProblems,
  renderSerials,
  sequenceKey,
} from "../generator-pattern"

describe("generator patterns", () => {
  const at = new Date("2026-03-04T23:30:00Z")

  it("fills date parts in UTC and keeps the sequence for the counter key", () => {
    expect(sequenceKey("PHX-{YYYY}{MM}{DD}-{SEQ:6}", at)).toBe(
      "PHX-20260304-{SEQ:6}"
    )
    expect(sequenceKey("{YY}/{SEQ}", at)).toBe("26/{SEQ}")
    expect(sequenceKey("PLAIN-{SEQ:3}", at)).toBe("PLAIN-{SEQ:3}")
  })

  it("renders numbered serials padded to at least the width", () => {
    expect(renderSerials("PHX-2026-{SEQ:6}", 9, 3)).toEqual([
      "PHX-2026-000009",
      "PHX-2026-000010",
      "PHX-2026-000011",
    ])
    expect(renderSerials("A{SEQ}Z", 99, 2)).toEqual(["A99Z", "A100Z"])
    expect(renderSerials("N-{SEQ:2}", 999, 1)).toEqual(["N-999"])
  })

  it("accepts a pattern with one sequence and known date parts", () => {
    expect(generatorPatternProblems("PHX-{YYYY}-{SEQ:6}")).toEqual([])
    expect(generatorPatternProblems("{SEQ}")).toEqual([])
  })

  it("names every problem of a bad pattern", () => {
    expect(generatorPatternProblems("PHX-{YYYY}")).toEqual([
      "needs exactly one {SEQ} or {SEQ:n} (found 0)",
    ])
    expect(generatorPatternProblems("{SEQ}-{SEQ:2}")).toEqual([
      "needs exactly one {SEQ} or {SEQ:n} (found 2)",
    ])
    expect(generatorPatternProblems("{HH}-{SEQ:0}")).toEqual([
      "{HH} is not a pattern part (use {YYYY}, {YY}, {MM}, {DD}, {SEQ} or {SEQ:n})",
      "{SEQ:0} must pad to 1 to 12 digits",
    ])
    expect(generatorPatternProblems("{YYYY:2}{SEQ}")).toHaveLength(1)
    expect(generatorPatternProblems("A{SEQ}}")).toEqual([
      "has a brace that is not part of {...}",
    ])
    expect(generatorPatternProblems("a{seq}")).toEqual([
      "needs exactly one {SEQ} or {SEQ:n} (found 0)",
      "has a brace that is not part of {...}",
    ])
  })
})
