import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { scannedSerialProblem } from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"

/**
 * `additional_data.serial_numbers` of a fulfillment: line item id to the
 * serials scanned for it (plain, GS1 element strings or Digital Links). The admin route validates it with Medusa's
 * `additionalDataValidator`; the hook checks it again for other callers.
 */
export const SerialNumbersByLine = z
  .record(
    z.string().min(1).max(100),
    z
      .array(
        z.string().superRefine((v, ctx) => {
          const problem = scannedSerialProblem(v)
          if (problem) {
            ctx.addIssue({ code: "custom", message: `serial ${problem}` })
          }
        })
      )
      .min(1)
      .max(10000)
  )
  .refine((v) => Object.keys(v).length <= 1000, {
    message: "at most 1000 lines",
  })

/** Reads `serial_numbers` from a hook's `additional_data`, or refuses with a 400 naming the problem. */
export function readSerialNumbersByLine(
  additionalData: Record<string, unknown> | undefined | null
): Record<string, string[]> | null {
  const raw = additionalData?.serial_numbers
  if (raw === undefined || raw === null) {
    return null
  }
  const parsed = SerialNumbersByLine.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `additional_data.serial_numbers${issue.path.map((p) => `.${String(p)}`).join("")}: ${issue.message}`,
      SerialErrorCode.REQUEST_INVALID
    )
  }
  return parsed.data
}
