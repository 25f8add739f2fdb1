import { ScanProblem } from "./scan-problem"
import { toGtin14 } from "./to-gtin14"

const GS = "\u001d"

/** Path keys after the GTIN: numeric AIs and the short names of Digital Link 1.0. */
const PATH_KEYS: Record<string, string> = {
  "01": "01",
  gtin: "01",
  "22": "22",
  cpv: "22",
  "10": "10",
  lot: "10",
  "21": "21",
  ser: "21",
}

/** Query attributes a unit uses; anything else (linkType, 15, 3103, ...) is ignored. */
const QUERY_KEYS: Record<string, string> = {
  "17": "17",
  exp: "17",
  "10": "10",
  lot: "10",
  "21": "21",
  ser: "21",
}

const GTIN_SEGMENT = /^(\d{8}|\d{12,14})$/
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/

function decode(input: string, text: string): string {
  let value: string
  try {
    value = decodeURIComponent(text)
  } catch {
    throw new ScanProblem(
      input,
      `has malformed percent-encoding in ${JSON.stringify(text)}`
    )
  }
  if (CONTROL_CHARS.test(value)) {
    throw new ScanProblem(
      input,
      `has control characters in ${JSON.stringify(text)}`
    )
  }
  return value
}

function setOnce(
  input: string,
  values: Map<string, string>,
  ai: string,
  value: string
) {
  const previous = values.get(ai)
  if (previous !== undefined && previous !== value) {
    throw new ScanProblem(input, `gives AI (${ai}) twice with different values`)
  }
  values.set(ai, value)
}

/**
 * Rewrites a GS1 Digital Link URI (any host, any path before `/01/<GTIN>`) as
 * the equivalent element string, so both forms are checked by one parser.
 * Returns null for a URL that is not a GTIN Digital Link; throws for one that
 * is but is malformed. Path values and query values are percent-decoded ("+"
 * stays "+": Digital Link uses percent-encoding only). Compressed Digital Link
 * URIs are not supported.
 */
export function digitalLinkToElementString(input: string): string | null {
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return null
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return null
  }
  const segments = url.pathname.split("/").filter((segment) => segment.length)
  const start = segments.findIndex(
    (segment, i) =>
      PATH_KEYS[segment] === "01" && GTIN_SEGMENT.test(segments[i + 1] ?? "")
  )
  if (start === -1) {
    return null
  }
  const path = segments.slice(start)
  if (path.length % 2 !== 0) {
    throw new ScanProblem(input, `has a Digital Link path key without a value`)
  }
  const values = new Map<string, string>()
  for (let i = 0; i < path.length; i += 2) {
    const ai = PATH_KEYS[path[i]]
    if (!ai || (i > 0 && ai === "01")) {
      throw new ScanProblem(
        input,
        `has an unexpected Digital Link path key ${JSON.stringify(path[i])}`
      )
    }
    setOnce(input, values, ai, decode(input, path[i + 1]))
  }
  for (const pair of url.search.slice(1).split("&")) {
    const eq = pair.indexOf("=")
    const ai = QUERY_KEYS[decode(input, eq === -1 ? pair : pair.slice(0, eq))]
    if (ai && eq !== -1) {
      setOnce(input, values, ai, decode(input, pair.slice(eq + 1)))
    }
  }
  const gtin = toGtin14(values.get("01")!)
  if (!gtin) {
    throw new ScanProblem(
      input,
      `has a GTIN (01) ${values.get("01")} with an invalid check digit`
    )
  }
  if (values.has("17") && !/^\d{6}$/.test(values.get("17")!)) {
    throw new ScanProblem(
      input,
      `has an expiry date (17) ${JSON.stringify(values.get("17"))} that is not YYMMDD`
    )
  }
  // Fixed-length elements first, then the variable ones, each closed by a separator.
  const expiry = values.has("17") ? `17${values.get("17")}` : ""
  const variable = ["10", "21"]
    .filter((ai) => values.has(ai))
    .map((ai) => `${ai}${values.get(ai)}${GS}`)
  return `01${gtin}${expiry}${variable.join("")}`
}
