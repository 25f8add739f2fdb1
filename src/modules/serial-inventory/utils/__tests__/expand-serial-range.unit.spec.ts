import { expandSerialRange } from "../expand-serial-range"

const serials = (range: string) => {
  const r = expandSerialRange(range)
  if ("problem" in r) throw new Error(r.problem)
  return r.serials
}
const problem = (range: string) => {
  const r = expandSerialRange(range)
  return "problem" in r ? r.problem : null
}

describe("expandSerialRange", () => {
  it("keeps zero padding from first to last", () => {
    const list = serials("SN-0001..SN-0500")
    expect(list).toHaveLength(500)
    expect(list.slice(0, 2)).toEqual(["SN-0001", "SN-0002"])
    expect(list[99]).toBe("SN-0100")
    expect(list[499]).toBe("SN-0500")
  })

  it("lets an unpadded start grow and keeps text after the number", () => {
    expect(serials("A9..A11")).toEqual(["A9", "A10", "A11"])
    expect(serials("BOX-08-X..BOX-10-X")).toEqual([
      "BOX-08-X",
      "BOX-09-X",
      "BOX-10-X",
    ])
  })

  it("numbers the last run of digits and takes a one-serial range", () => {
    expect(serials("AB12C0034..AB12C0035")).toEqual(["AB12C0034", "AB12C0035"])
    expect(serials(" X-7 .. X-7 ")).toEqual(["X-7"])
  })

  it("counts past the integer limit without losing digits", () => {
    expect(serials("N-99999999999999999998..N-99999999999999999999")).toEqual([
      "N-99999999999999999998",
      "N-99999999999999999999",
    ])
  })

  it("names a reversed, oversized, unlike or malformed range", () => {
    expect(problem("SN-0500..SN-0001")).toMatch(/reversed/)
    expect(problem("R-000000..R-100000")).toMatch(/holds 100001 serials/)
    expect(problem("R-000001..R-100000")).toBeNull()
    expect(problem("A-1..B-9")).toMatch(/same text/)
    expect(problem("SN-1..SN-X")).toMatch(/same text/)
    expect(problem("SN-001..SN-1000")).toMatch(/same number of digits/)
    expect(problem("SN-1")).toMatch(/FIRST..LAST/)
    expect(problem("SN-1..SN-2..SN-3")).toMatch(/FIRST..LAST/)
    expect(problem("..SN-2")).toMatch(/FIRST..LAST/)
  })
})
