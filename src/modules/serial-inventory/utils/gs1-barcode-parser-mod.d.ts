// The library ships no types; this covers the part read-element-string.ts reads.
declare module "gs1-barcode-parser-mod" {
  export interface Gs1ParsedElement {
    ai: string
    dataTitle: string
    data: string | number | Date
    unit: string
    /** YYYY-MM-DD for date elements (day 00 already resolved), "" otherwise. */
    isoDate: string
    /** The element's data exactly as it stood in the barcode. */
    raw: string
  }

  export interface Gs1ParsedBarcode {
    codeName: string
    parsedCodeItems: Gs1ParsedElement[]
  }

  /** Throws a plain string naming the problem when the barcode does not parse. */
  export function parseBarcode(barcode: string): Gs1ParsedBarcode
}
