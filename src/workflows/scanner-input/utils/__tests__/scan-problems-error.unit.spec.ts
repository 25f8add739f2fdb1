import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../../types/error-codes"
import { scanProblemsError } from "../scan-problems-error"

const invalid = (index: number) => ({
  index,
  input: `in-${index}`,
  code: SerialErrorCode.SCAN_INVALID,
  message: `Scan "in-${index}" is bad`,
})

describe("scanProblemsError", () => {
  it("keeps one problem's code and message", () => {
    const error = scanProblemsError([invalid(0)])
    expect(error).toBeInstanceOf(MedusaError)
    expect([error.type, error.code, error.message]).toEqual([
      MedusaError.Types.INVALID_DATA,
      "serial_scan_invalid",
      'Scan "in-0" is bad',
    ])
  })

  it("lists every problem, under their common code or the batch code", () => {
    const same = scanProblemsError(
      [invalid(0), invalid(3)],
      (p) => `#${p.index}`
    )
    expect([same.code, same.message]).toEqual([
      "serial_scan_invalid",
      '2 scans refused, nothing was written: #0: Scan "in-0" is bad; #3: Scan "in-3" is bad',
    ])
    const mixed = scanProblemsError([
      invalid(0),
      { ...invalid(1), code: SerialErrorCode.SCAN_GTIN_MISMATCH },
    ])
    expect(mixed.code).toBe("serial_number_batch_invalid")
  })
})
