import { readTraceSearch } from "../traceability-search"

const read = (s: string) => readTraceSearch(new URLSearchParams(s))

describe("traceability page URL", () => {
  it("reads a unit, a serial or a set", () => {
    expect(read("unit=sn_1")).toEqual({ mode: "unit", unitId: "sn_1" })
    expect(read("by=serial&q=%20SN-1%20")).toEqual({
      mode: "serial",
      serial: "SN-1",
    })
    expect(read("by=lot&q=L-1&offset=20")).toEqual({
      mode: "set",
      kind: "lot",
      value: "L-1",
      offset: 20,
    })
    expect(read("by=attribute&q=firmware:1.2")).toEqual({
      mode: "set",
      kind: "attribute",
      value: "firmware:1.2",
      offset: 0,
    })
  })

  it("asks for nothing without a known kind and a value, and never a negative page", () => {
    expect(read("")).toEqual({ mode: "none" })
    expect(read("by=lot&q=%20")).toEqual({ mode: "none" })
    expect(read("by=colour&q=red")).toEqual({ mode: "none" })
    expect(read("by=lot&q=L&offset=-5")).toMatchObject({ offset: 0 })
    expect(read("by=lot&q=L&offset=abc")).toMatchObject({ offset: 0 })
  })
})
