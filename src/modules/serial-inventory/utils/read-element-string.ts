import { parseBarcode, type Gs1ParsedElement } from "gs1-barcode-parser-mod"
import { hasValidGtinCheckDigit } from "./to-gtin14"

/** The GS1 fields a serialized unit cares about, as read from an element string. */
export interface Gs1ScanFields {
  gtin?: string
  serial?: string
  lot?: string
  expiry?: string
}

export type ElementStringReading =
  { fields: Gs1ScanFields; ais: string[] } | { problem: string }

/** AI 21 (serial) and AI 10 (lot) are both X..20 in the GS1 General Specifications. */
const MAX_VARIABLE_LENGTH = 20

function expiryProblem(element: Gs1ParsedElement): string | null {
  const match = /^\d{2}(\d{2})(\d{2})$/.exec(element.raw)
  const iso = element.isoDate
  // The library rolls impossible dates over (260231 -> 2026-03-03) instead of
  // refusing them, so the month and day it produced must be the ones scanned.
  if (
    !match ||
    !/^\d{4}-\d{2}-\d{2}$/.test(iso) ||
    iso.slice(5, 7) !== match[1] ||
    (match[2] !== "00" && iso.slice(8, 10) !== match[2])
  ) {
    return `has an expiry date (17) ${JSON.stringify(element.raw)} that is not a real date`
  }
  return null
}

function elementProblem(element: Gs1ParsedElement): string | null {
  const value = String(element.raw)
  switch (element.ai) {
    case "01":
      return hasValidGtinCheckDigit(value)
        ? null
        : `has a GTIN (01) ${value} with an invalid check digit`
    case "21":
    case "10": {
      const name = element.ai === "21" ? "serial" : "lot"
      if (!value.length) {
        return `has an empty ${name} (AI ${element.ai})`
      }
      return value.length > MAX_VARIABLE_LENGTH
        ? `has a ${name} (AI ${element.ai}) longer than ${MAX_VARIABLE_LENGTH} characters`
        : null
    }
    case "17":
      return expiryProblem(element)
    default:
      return null
  }
}

/**
 * Reads a GS1 element string (symbology identifier and leading separators
 * already removed; elements separated by \u001d) with gs1-barcode-parser-mod
 * and checks the four elements a unit uses. Returns the problem instead of
 * throwing, so a caller that was only guessing can fall back to a plain serial.
 */
export function readElementString(data: string): ElementStringReading {
  let elements: Gs1ParsedElement[]
  try {
    elements = parseBarcode(data).parsedCodeItems
  } catch (e) {
    return { problem: `is not a valid GS1 element string (${String(e)})` }
  }
  const seen = new Map<string, string>()
  for (const element of elements) {
    const problem = elementProblem(element)
    if (problem) {
      return { problem }
    }
    const previous = seen.get(element.ai)
    if (previous !== undefined && previous !== element.raw) {
      return { problem: `has AI (${element.ai}) twice with different values` }
    }
    seen.set(element.ai, element.raw)
  }
  const expiry = elements.find((element) => element.ai === "17")
  return {
    ais: elements.map((element) => element.ai),
    fields: {
      gtin: seen.get("01"),
      serial: seen.get("21"),
      lot: seen.get("10"),
      expiry: expiry?.isoDate,
    },
  }
}
