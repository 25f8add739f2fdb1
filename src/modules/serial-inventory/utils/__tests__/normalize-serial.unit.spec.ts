import {
  assertSerial,
  cleanSerial,
  normalizeSerial,
  serialProblem,
} from "../normalize-serial"

describe("serial normalization", () => {
  it("trims, collapses inner whitespace and case-folds", () => {
    expect(normalizeSerial("  ab  12\t cd ")).toBe("ab 12 cd")
    expect(normalizeSerial("ABC-123")).toBe(normalizeSerial("abc-123"))
    expect(cleanSerial("  AB   12 ")).toBe("AB 12")
  })

  it("folds compatibility forms (full-width digits) and case beyond ASCII", () => {
    expect(normalizeSerial("ＡＢ１２")).toBe("ab12")
    expect(normalizeSerial("STRASSE-1")).toBe(normalizeSerial("straße-1"))
    expect(normalizeSerial("STRA\u1e9eE-1")).toBe(normalizeSerial("straße-1"))
    for (const s of ["STRA\u1e9eE", "ǅ-1", "İ-9", "ﬀ-2"]) {
      expect(normalizeSerial(normalizeSerial(s))).toBe(normalizeSerial(s))
    }
  })

  it("accepts scanner line endings around a serial", () => {
    expect(serialProblem("SN-1\r\n")).toBeNull()
    expect(assertSerial("\tSN-1\n")).toBe("SN-1")
  })

  it.each([
    ["", "is empty"],
    ["   ", "is empty"],
    ["A".repeat(129), "longer than 128"],
    ["AB\u0000CD", "control or invisible"],
    ["AB\u0007CD", "control or invisible"],
    ["AB\nCD", "control or invisible"],
    ["SN\u200b123", "control or invisible"],
    ["\ufeffSN123", "invisible characters"],
    ["SN\u00ad123", "invisible characters"],
    [42, "must be a string"],
  ])("refuses %j", (serial, problem) => {
    expect(serialProblem(serial)).toMatch(problem)
    expect(() => assertSerial(serial)).toThrow(
      expect.objectContaining({ code: "serial_number_invalid" })
    )
  })

  it("accepts exactly 128 characters", () => {
    expect(serialProblem("A".repeat(128))).toBeNull()
  })
})
