/** How a scanned value was read: as typed, as a GS1 element string, or as a GS1 Digital Link. */
export const ScanSource = {
  PLAIN: "plain",
  GS1: "gs1",
  DIGITAL_LINK: "digital_link",
} as const

export type ScanSource = (typeof ScanSource)[keyof typeof ScanSource]

/**
 * What `parseScan` reads from one scanner input. `serial` is the unit's serial
 * (AI 21 for GS1 input, the trimmed input otherwise); `gtin` is always 14
 * digits; `expiry` is `YYYY-MM-DD` (a GS1 day `00` already resolved to the
 * last day of its month).
 */
export interface ParsedScan {
  serial: string
  gtin?: string
  lot?: string
  expiry?: string
  source: ScanSource
}
