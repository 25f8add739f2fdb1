import { zodValidator } from "@medusajs/framework"
import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

/**
 * Validates a route's query string with a zod schema into
 * `req.validatedQuery` (Medusa's `validateAndTransformQuery` also builds a
 * `query.graph` config, which these routes do not need).
 */
export function validateQuery(schema: Parameters<typeof zodValidator>[0]) {
  return async (
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    try {
      req.validatedQuery = (await zodValidator(schema, req.query)) as Record<
        string,
        unknown
      >
      next()
    } catch (e) {
      next(e)
    }
  }
}
