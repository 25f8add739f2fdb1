import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { SerialErrorCode } from "../../types/error-codes"
import { describeZodIssues } from "./describe-zod-issues"

/**
 * Validates a JSON body with a zod schema into `req.validatedBody`. Unlike
 * Medusa's `validateAndTransformBody`, whose messages drop where a problem
 * is, every problem is named with its row and field (`serial_numbers row 3:
 * unknown field "colour"`), and the error carries the stable code
 * `serial_request_invalid`, so a request the validators refuse can be told
 * apart from one the module refuses.
 */
export function validateBody(schema: z.ZodType) {
  return async (
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const result = await schema.safeParseAsync(req.body ?? {})
    if (!result.success) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Invalid request, nothing was written: ${describeZodIssues(result.error.issues as any).join("; ")}`,
          SerialErrorCode.REQUEST_INVALID
        )
      )
    }
    req.validatedBody = result.data
    next()
  }
}
