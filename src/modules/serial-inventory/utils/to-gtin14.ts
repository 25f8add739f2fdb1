/** GTIN-8, -12, -13 and -14: the lengths a GTIN may have before padding. */
const GTIN_LENGTHS = new Set([8, 12, 13, 14])

/** GS1 modulo-10 check: weights 3,1,3,... from the rightmost data digit. */
export function hasValidGtinCheckDigit(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) {
    return false
  }
  let sum = 0
  const data = digits.slice(0, -1)
  for (let i = 0; i < data.length; i++) {
    const weight = (data.length - i) % 2 === 1 ? 3 : 1
    sum += Number(data[i]) * weight
  }
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1])
}

/**
 * A GTIN as the 14 digits GS1 compares on (GTIN-8/12/13 padded with leading
 * zeros), or null when the text is not a GTIN of a valid length and check digit.
 */
export function toGtin14(gtin: string): string | null {
  const digits = gtin.replace(/[\s-]/g, "")
  if (!/^\d+$/.test(digits) || !GTIN_LENGTHS.has(digits.length)) {
    return null
  }
  const padded = digits.padStart(14, "0")
  return hasValidGtinCheckDigit(padded) ? padded : null
}
