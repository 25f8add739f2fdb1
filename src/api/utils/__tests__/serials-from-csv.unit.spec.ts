import { serialsFromCsv } from "../serials-from-csv"

describe("serialsFromCsv", () => {
  it("reads the serial column by its header, ignoring other columns, quotes and a BOM", () => {
    expect(
      serialsFromCsv('\ufeffSku,Serial\nPHX,SN-1\r\nPHX,"SN,2"\n\nPHX, SN-3 \n')
    ).toEqual({ serials: ["SN-1", "SN,2", "SN-3"] })
  })

  it("names a missing serial column, empty serials by row, and unreadable CSV", () => {
    expect(serialsFromCsv("sku,lot\nA,B")).toEqual({
      problems: ['the header row has no "serial" column (found: sku, lot)'],
    })
    expect(serialsFromCsv("serial,lot\nA,1\n,2\nC,3")).toEqual({
      problems: ["row 3: the serial is empty"],
    })
    expect(serialsFromCsv("serial\n")).toEqual({
      problems: ["no serials after the header row"],
    })
    const bad = serialsFromCsv('serial\n"SN-1')
    expect("problems" in bad && bad.problems[0]).toMatch(/^not readable as CSV/)
  })
})
