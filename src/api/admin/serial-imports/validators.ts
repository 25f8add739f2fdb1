import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/zod-helpers"

/** `POST /admin/serial-imports?filename=units.csv`: the body is the CSV itself. */
export const AdminCreateSerialImportParams = z
  .object({
    filename: text()
      .max(200)
      .regex(/^[^/\\]+$/, "must be a file name, not a path")
      .optional(),
  })
  .strict()
export type AdminCreateSerialImportParamsType = z.infer<
  typeof AdminCreateSerialImportParams
>

/** `GET /admin/serial-imports/:id` takes no query parameters. */
export const AdminGetSerialImportParams = z.object({}).strict()
