/** GS1 AI 21 (serial): 1-20 characters of GS1 character set 82. */
const AI21 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/

/** Percent-encodes all but unreserved characters, as GS1 Digital Link asks for AI values. */
const encodeDigitalLinkValue = (value: string) =>
  value.replace(
    /[^A-Za-z0-9\-._]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  )

/**
 * The EPC of a unit. With a GTIN (14 digits) and a serial GS1 allows in AI
 * 21, the unit's SGTIN as a GS1 Digital Link URI
 * (`https://id.gs1.org/01/<gtin>/21/<serial>`, the form EPCIS 2.0 takes
 * without a company prefix length, which an SGTIN URN would need). Else a
 * URL under the store's base: `<base>/serial-numbers/<serial, URI-encoded>`.
 */
export function unitEpc(
  serial: string,
  gtin: string | null | undefined,
  base: string
): string {
  if (gtin && AI21.test(serial)) {
    return `https://id.gs1.org/01/${gtin}/21/${encodeDigitalLinkValue(serial)}`
  }
  return `${base}/serial-numbers/${encodeURIComponent(serial)}`
}

/** The read point and business location of a stock location: `<base>/stock-locations/<id>`. */
export const locationUri = (base: string, stockLocationId: string) =>
  `${base}/stock-locations/${encodeURIComponent(stockLocationId)}`

/** An order, fulfillment or return as a business transaction URI: `<base>/<kind>/<id>`. */
export const transactionUri = (base: string, kind: string, id: string) =>
  `${base}/${kind}/${encodeURIComponent(id)}`
