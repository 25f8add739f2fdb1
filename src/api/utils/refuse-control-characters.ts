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
 * id would otherwise reach PostgreSQL and come back as a 500), or that does
 * not decode at all, with 400 `serial_request_invalid`.
 */
export function refuseControlCharactersInPath(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  let decoded: string
  try {
    decoded = decodeURIComponent(req.path)
  } catch {
    return next(requestError(`The path is not valid URL encoding: ${req.path}`))
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
