/**
 * The key a serial is unique on, folded as the server folds it
 * (`normalize-serial.ts`: NFKC, trimmed, inner whitespace collapsed, case
 * folded), so a screen can flag a repeat at once; the server's check has the
 * final word.
 */
export function serialKey(serial: string): string {
  return serial
    .normalize("NFKC")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
}
