import {
  selectorFromBody,
  serialsFromPastedText,
} from "../helpers/selector-from-body"

describe("serialsFromPastedText", () => {
  it("reads a CSV with a serial column", () => {
    expect(serialsFromPastedText("order,serial\n1,SN-1\n2,SN-2\n")).toEqual([
      "SN-1",
      "SN-2",
    ])
  })

  it("reads one serial a line, or cells separated by commas, semicolons or tabs", () => {
    expect(serialsFromPastedText("SN-1\r\nSN-2\n\n SN-3 \n")).toEqual([
      "SN-1",
      "SN-2",
      "SN-3",
    ])
    expect(serialsFromPastedText("SN-1, SN-2,SN-3")).toEqual([
      "SN-1",
      "SN-2",
      "SN-3",
    ])
    expect(serialsFromPastedText("SN-1;SN-2")).toEqual(["SN-1", "SN-2"])
  })

  it("refuses a CSV whose serial column has an empty row", () => {
    expect(() => serialsFromPastedText('serial\nSN-1\n""\n')).toThrow(
      /row 3: the serial is empty/
    )
  })
})

describe("selectorFromBody", () => {
  it("joins the pasted list to the explicit one and drops empty criteria", () => {
    expect(
      selectorFromBody({
        serials: ["SN-1"],
        serials_text: "SN-2\nSN-1",
        lot: "",
        supplier_reference: null,
      })
    ).toEqual({ serials: ["SN-1", "SN-2"] })
  })
})
