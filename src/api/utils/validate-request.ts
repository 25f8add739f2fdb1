import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { SerialErrorCode } from "../../types/error-codes"
import { describeZodIssues } from "./describe-zod-issues"

type Middleware = (
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) => unknown

/** A refused request: 400 with the stable code `serial_request_invalid`. */
export function requestError(message: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    message,
    SerialErrorCode.REQUEST_INVALID
  )
}

function validate(schema: z.ZodType, from: "body" | "query"): Middleware {
  return async (req, _res, next) => {
    const result = await schema.safeParseAsync(req[from] ?? {})
    if (!result.success) {
      const problems = describeZodIssues(result.error.issues as any)
      return next(
        requestError(
          `Invalid request, nothing was written: ${problems.join("; ")}`
        )
      )
    }
    if (from === "body") {
      req.validatedBody = result.data
    } else {
      req.validatedQuery = result.data as Record<string, unknown>
    }
    next()
  }
}

/**
 * Validates a JSON body with a zod schema into `req.validatedBody`. Unlike
 * Medusa's `validateAndTransformBody`, whose messages drop where a problem
 * is, every problem is named with its row and field (`serial_numbers row 3:
 * unknown field "colour"`), and the error carries the stable code
 * `serial_request_invalid`, so a request the validators refuse can be told
 * apart from one the module refuses. It does not handle `additional_data`:
 * a route that needs Medusa's `additionalDataValidator` keeps Medusa's
 * `validateAndTransformBody` (wrapped in `withRequestCode`).
 */
export const validateBody = (schema: z.ZodType) => validate(schema, "body")

/** The same for a query string, into `req.validatedQuery`. */
export const validateQuery = (schema: z.ZodType) => validate(schema, "query")

/**
 * Gives a request error from one of Medusa's own validation middlewares
 * (e.g. `validateAndTransformQuery`) the plugin's code, so every 400 for a
 * malformed request carries `serial_request_invalid`.
 */
export function withRequestCode(middleware: Middleware): Middleware {
  return (req, res, next) =>
    middleware(req, res, (err?: unknown) => {
      if (
        err instanceof MedusaError &&
        err.type === MedusaError.Types.INVALID_DATA &&
        !err.code
      ) {
        err.code = SerialErrorCode.REQUEST_INVALID
      }
      next(err)
    })
}
