import { csvField, toCsv } from "../csv"

describe("csvField", () => {
  it("leaves plain values alone", () => {
    expect(csvField("SN-001")).toBe("SN-001")
    expect(csvField(42)).toBe("42")
    expect(csvField(true)).toBe("true")
  })

  it("writes null and undefined as an empty cell", () => {
    expect(csvField(null)).toBe("")
    expect(csvField(undefined)).toBe("")
  })

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"')
    expect(csvField('15" screen')).toBe('"15"" screen"')
    expect(csvField("line 1\nline 2")).toBe('"line 1\nline 2"')
    expect(csvField("cr\r")).toBe('"cr\r"')
    expect(csvField('"')).toBe('""""')
  })

  it("quotes leading or trailing spaces so they survive", () => {
    expect(csvField(" A-01")).toBe('" A-01"')
    expect(csvField("A-01 ")).toBe('"A-01 "')
  })

  it("defuses spreadsheet formulas in text", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField("+1")).toBe("'+1")
    expect(csvField("-5")).toBe("'-5")
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)")
    expect(csvField("\tx")).toBe("'\tx")
  })

  it("keeps negative numbers as numbers", () => {
    expect(csvField(-5)).toBe("-5")
  })

  it("writes dates as ISO 8601", () => {
    expect(csvField(new Date("2026-01-31T00:00:00Z"))).toBe(
      "2026-01-31T00:00:00.000Z"
    )
  })

  it("keeps unicode as is", () => {
    expect(csvField("Zürich – Lager")).toBe("Zürich – Lager")
  })
})

describe("toCsv", () => {
  it("joins a header and rows with CRLF and ends with one", () => {
    expect(
      toCsv(
        ["serial", "lot"],
        [
          ["SN-1", "LOT, 1"],
          ["SN-2", null],
        ]
      )
    ).toBe('serial,lot\r\nSN-1,"LOT, 1"\r\nSN-2,\r\n')
  })

  it("writes only the header when there are no rows", () => {
    expect(toCsv(["a", "b"], [])).toBe("a,b\r\n")
  })
})
