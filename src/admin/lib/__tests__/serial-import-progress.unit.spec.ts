import { serialImportProgress } from "../serial-import-progress"

const base: any = {
  id: "simp_1",
  filename: "u.csv",
  total: null,
  validated: 0,
  processed: 0,
  created: 0,
  errors: [],
  message: null,
}

describe("serialImportProgress", () => {
  it("fills the first half while checking and the second while writing", () => {
    expect(serialImportProgress({ ...base, status: "pending" }).percent).toBe(0)
    expect(
      serialImportProgress({ ...base, status: "validating", validated: 20000 })
    ).toEqual({
      percent: 25,
      label: "Checking rows: 20,000 checked",
      tone: "running",
    })
    expect(
      serialImportProgress({
        ...base,
        status: "importing",
        total: 100000,
        processed: 40000,
      })
    ).toEqual({
      percent: 70,
      label: "Importing: 40,000 of 100,000 rows written",
      tone: "running",
    })
  })

  it("reports the outcome", () => {
    expect(
      serialImportProgress({ ...base, status: "completed", created: 1 })
    ).toEqual({ percent: 100, label: "Imported 1 unit", tone: "success" })
    expect(
      serialImportProgress({
        ...base,
        status: "failed",
        errors: [
          { row: 2, message: "a" },
          { row: 2, column: "lot", message: "b" },
          { row: 5, message: "c" },
        ],
      }).label
    ).toBe("Nothing was imported: 2 rows need fixing")
    expect(
      serialImportProgress({
        ...base,
        status: "failed",
        message: "chunk 2 failed",
      }).label
    ).toBe("Nothing was imported: chunk 2 failed")
  })
})
