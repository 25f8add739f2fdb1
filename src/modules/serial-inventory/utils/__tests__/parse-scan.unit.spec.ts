import { SerialErrorCode } from "../../../../types/error-codes"
import {
  assertGtinMatches,
  parseScan,
  scannedSerialProblem,
} from "../parse-scan"
import { readScan } from "../read-scan"
import { toGtin14 } from "../to-gtin14"

const GS = "\u001d"
const GTIN = "09506000134352"

function scanErrorOf(input: string) {
  try {
    parseScan(input)
  } catch (e) {
    return e as { code?: string; message: string }
  }
  throw new Error(`parseScan(${JSON.stringify(input)}) did not throw`)
}

describe("parseScan: GS1 element strings", () => {
  it.each([
    ["with a GS1-128 symbology identifier", `]C101${GTIN}21ABC123`],
    [
      "with a DataMatrix identifier and FNC1 first",
      `]d2${GS}01${GTIN}21ABC123`,
    ],
    ["with a QR identifier", `]Q301${GTIN}21ABC123`],
    ["with a DataBar identifier", `]e001${GTIN}21ABC123`],
    ["with only a separator after the serial", `01${GTIN}21ABC123${GS}`],
    ["with no marker at all", `01${GTIN}21ABC123`],
    ["with scanner line endings", `  ]C101${GTIN}21ABC123\r\n`],
    ["in the bracketed form", `(01)${GTIN}(21)ABC123`],
  ])("reads GTIN and serial %s", (_, input) => {
    expect(parseScan(input)).toEqual({
      serial: "ABC123",
      gtin: GTIN,
      source: "gs1",
    })
  })

  it("ends a variable-length serial at GS, then reads lot and expiry", () => {
    expect(parseScan(`]C101${GTIN}21SN-77${GS}10LOT1${GS}17261231`)).toEqual({
      serial: "SN-77",
      gtin: GTIN,
      lot: "LOT1",
      expiry: "2026-12-31",
      source: "gs1",
    })
  })

  it("accepts AIs in any order, with the visible ␝ some wedges send", () => {
    const expected = {
      serial: "X9",
      gtin: GTIN,
      lot: "L7",
      expiry: "2027-03-15",
    }
    expect(parseScan(`1727031510L7${GS}21X9${GS}01${GTIN}`)).toMatchObject(
      expected
    )
    expect(parseScan(`21X9\u241d01${GTIN}1727031510L7`)).toMatchObject(expected)
    expect(parseScan(`01${GTIN}1727031521X9${GS}10L7`)).toMatchObject(expected)
  })

  it("without a separator a serial runs to the end, as GS1 reads it", () => {
    expect(parseScan(`01${GTIN}21ABC10LOT`).serial).toBe("ABC10LOT")
  })

  it.each([
    ["261200", "2026-12-31"],
    ["270200", "2027-02-28"],
    ["280200", "2028-02-29"],
    ["260400", "2026-04-30"],
  ])("reads expiry %s with day 00 as the month's last day", (raw, iso) => {
    expect(parseScan(`]C101${GTIN}17${raw}21A1`).expiry).toBe(iso)
  })

  it.each([
    ["an impossible expiry", `]C101${GTIN}1726023121A1`, "not a real date"],
    ["a month 13", `]C101${GTIN}1726130021A1`, "not a real date"],
    [
      "an invalid GTIN check digit",
      `]C10109506000134353${GS}21A1`,
      "check digit",
    ],
    ["an unknown AI", `]C101${GTIN}21A1${GS}6`, "not a valid GS1"],
    ["an empty serial", `01${GTIN}21${GS}10L1`, "empty serial"],
    ["a serial over 20 characters", `]C121${"A".repeat(21)}`, "longer than 20"],
    ["AI 21 twice", `21A${GS}21B`, "twice"],
  ])("refuses marked GS1 input with %s", (_, input, message) => {
    const error = scanErrorOf(input)
    expect(error.code).toBe(SerialErrorCode.SCAN_INVALID)
    expect(error.message).toContain(message)
  })

  it.each([
    ["a symbology identifier", `]C101${GTIN}10LOT1`],
    ["a separator", `01${GTIN}17261231${GS}10LOT1`],
    ["a checked GTIN followed by a lot", `01${GTIN}10LOT1`],
    ["a Digital Link", `https://id.gs1.org/01/${GTIN}/10/LOT1`],
  ])("refuses GS1 input with %s but no serial", (_, input) => {
    const error = scanErrorOf(input)
    expect(error.code).toBe(SerialErrorCode.SCAN_INVALID)
    expect(error.message).toContain("has no serial (AI 21)")
  })
})

describe("parseScan: plain serials are not mangled", () => {
  it.each([
    "0112345",
    "21ABC",
    "10-4482",
    "17261231",
    "ABC-123",
    "SN 0001",
    // A GTIN-like start whose check digit is wrong: not GS1, kept as typed.
    "010950600013435321ABC123",
    // A valid GTIN but nothing GS1 after it.
    `01${GTIN}`,
    `01${GTIN}-A`,
    // A valid GTIN then 17 with an impossible date: it does not parse completely.
    `01${GTIN}17261399`,
    // A complete element string, but with an AI outside 21/10/17 (11).
    `01${GTIN}1726123111260101`,
    "https://example.com/warranty/SN-1",
    "(AB)123",
  ])("%j stays plain", (input) => {
    expect(parseScan(input)).toEqual({ serial: input, source: "plain" })
  })

  it("trims scanner noise from a plain serial only at the ends", () => {
    expect(parseScan("  21ABC 7\r\n")).toEqual({
      serial: "21ABC 7",
      source: "plain",
    })
  })

  it("drops a non-GS1 symbology identifier and keeps the rest as typed", () => {
    expect(parseScan(`]C001${GTIN}21ABC`)).toEqual({
      serial: `01${GTIN}21ABC`,
      source: "plain",
    })
  })
})

describe("parseScan: GS1 Digital Link", () => {
  it("reads id.gs1.org with the lot and expiry as query attributes", () => {
    expect(
      parseScan(`https://id.gs1.org/01/${GTIN}/21/ABC123?10=LOT1&17=261231`)
    ).toEqual({
      serial: "ABC123",
      gtin: GTIN,
      lot: "LOT1",
      expiry: "2026-12-31",
      source: "digital_link",
    })
  })

  it("reads a custom domain with a path prefix, lot in the path and other attributes", () => {
    expect(
      parseScan(
        `HTTPS://brand.example.com/p/en/01/${GTIN}/10/L%2001/21/SN9?linkType=gs1:pip&17=270200&3103=000500\r\n`
      )
    ).toEqual({
      serial: "SN9",
      gtin: GTIN,
      lot: "L 01",
      expiry: "2027-02-28",
      source: "digital_link",
    })
  })

  it("percent-decodes serials, keeping + and an encoded /", () => {
    expect(
      parseScan(`https://id.gs1.org/01/${GTIN}/21/AB%2FC+1%25`).serial
    ).toBe("AB/C+1%")
  })

  it("pads a GTIN-13 in the path to 14 digits", () => {
    expect(parseScan("http://id.gs1.org/01/9506000134352/21/A1").gtin).toBe(
      GTIN
    )
  })

  it.each([
    [
      "an invalid check digit",
      "https://id.gs1.org/01/09506000134353/21/A1",
      "check digit",
    ],
    [
      "a key without a value",
      `https://id.gs1.org/01/${GTIN}/21`,
      "without a value",
    ],
    ["an unknown path key", `https://id.gs1.org/01/${GTIN}/99/x`, "unexpected"],
    [
      "bad percent-encoding",
      `https://id.gs1.org/01/${GTIN}/21/A%ZZ`,
      "percent",
    ],
    [
      "an encoded control character",
      `https://id.gs1.org/01/${GTIN}/21/A%1DB`,
      "control",
    ],
    ["a short expiry", `https://id.gs1.org/01/${GTIN}/21/A?17=2612`, "YYMMDD"],
    [
      "an impossible expiry",
      `https://id.gs1.org/01/${GTIN}/21/A?17=260230`,
      "real date",
    ],
    [
      "a serial given twice",
      `https://id.gs1.org/01/${GTIN}/21/A?21=B`,
      "twice",
    ],
  ])("refuses a Digital Link with %s", (_, input, message) => {
    const error = scanErrorOf(input)
    expect(error.code).toBe(SerialErrorCode.SCAN_INVALID)
    expect(error.message).toContain(message)
  })
})

describe("assertGtinMatches", () => {
  const scan = parseScan(`]C101${GTIN}21ABC123`)

  it("matches GTIN-13, -14 and formatted item GTINs against the 14-digit scan", () => {
    expect(() => assertGtinMatches(scan, ["9506000134352"])).not.toThrow()
    expect(() => assertGtinMatches(scan, ["123", GTIN])).not.toThrow()
    expect(() => assertGtinMatches(scan, ["9 506000 134352"])).not.toThrow()
    expect(toGtin14("96385074")).toBe("00000096385074")
    expect(toGtin14("036000291452")).toBe("00036000291452")
  })

  it("passes a plain serial, which carries no GTIN", () => {
    expect(() => assertGtinMatches(parseScan("SN-1"), [])).not.toThrow()
  })

  it.each([
    [["4006381333931"], "the item's GTIN 04006381333931"],
    [
      ["4006381333931", "96385074"],
      "the item's GTINs 04006381333931, 00000096385074",
    ],
    [[], "has no GTIN (ean, upc or barcode on its variants) to match"],
  ])("refuses a GTIN that is not the item's (%j)", (itemGtins, message) => {
    expect(() => assertGtinMatches(scan, itemGtins)).toThrow(
      expect.objectContaining({
        code: SerialErrorCode.SCAN_GTIN_MISMATCH,
        message: expect.stringContaining(message),
      })
    )
    expect(() => assertGtinMatches(scan, itemGtins)).toThrow(
      `Scanned GTIN ${GTIN} (serial "ABC123") does not match`
    )
  })
})

describe("readScan", () => {
  it("returns the problem instead of throwing, for the admin UI", () => {
    expect(readScan(`]C101${GTIN}10LOT1`)).toEqual({
      problem: `Scan "]C101${GTIN}10LOT1" has no serial (AI 21)`,
    })
    expect(readScan(` 01${GTIN}21A1 `)).toEqual({
      scan: { serial: "A1", gtin: GTIN, source: "gs1" },
    })
  })

  it("never parses input longer than 1024 characters", () => {
    const long = `]C101${GTIN}21A1${GS}10${"L".repeat(1100)}`
    expect(readScan(long)).toEqual({ scan: { serial: long, source: "plain" } })
  })
})

describe("scannedSerialProblem", () => {
  it("checks the serial a scan names, not the scan", () => {
    expect(scannedSerialProblem(`https://id.gs1.org/01/${GTIN}/21/A1`)).toBe(
      null
    )
    expect(scannedSerialProblem("X".repeat(129))).toContain("longer than 128")
    expect(scannedSerialProblem("AB\u0007C")).toContain("control")
  })

  it("leaves unreadable GS1 input to the scan resolution", () => {
    expect(scannedSerialProblem(`]C101${GTIN}10LOT1`)).toBe(null)
  })
})
