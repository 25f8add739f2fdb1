import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { requestError } from "./validate-request"

// C0 controls (NUL included) and DEL: never part of an id, and PostgreSQL refuses NUL outright.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/

/**
 * Refuses a path whose decoded segments hold control characters (`%00` in an
 * id would otherwise reach PostgreSQL and come back as a 500) with 400
 * `serial_request_invalid`. (A path Express cannot decode at all fails in
 * Express's own router first, as on every Medusa route.)
 */
export function refuseControlCharactersInPath(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  // The full path: inside a mounted middleware `req.path` is relative to the mount point.
  const path = (req.originalUrl ?? req.url).split("?")[0]
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return next(requestError(`The path is not valid URL encoding: ${path}`))
  }
  if (CONTROL.test(decoded)) {
    return next(
      requestError(
        `The path must not contain control characters: ${JSON.stringify(decoded)}`
      )
    )
  }
  next()
}
