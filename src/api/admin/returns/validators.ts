import { z } from "@medusajs/framework/zod"
import { scannedSerialProblem } from "../../../modules/serial-inventory/utils"
import { text } from "../../utils/zod-helpers"

const ReturnedSerial = z
  .object({
    serial: z.string().superRefine((v, ctx) => {
      const problem = scannedSerialProblem(v)
      if (problem) {
        ctx.addIssue({ code: "custom", message: `serial ${problem}` })
      }
    }),
    disposition: z.enum(["restock", "defective"]).optional(),
    note: text().max(2000).optional(),
  })
  .strict()

export const AdminRecordReturnedSerialNumbers = z
  .object({ serials: z.array(ReturnedSerial).min(1).max(1000) })
  .strict()
export type AdminRecordReturnedSerialNumbersType = z.infer<
  typeof AdminRecordReturnedSerialNumbers
>
