import { z } from "@medusajs/framework/zod"

/** `GET /store/customers/me/serial-numbers`: a page (at most 100 units). */
export const StoreGetCustomerSerialNumbersParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreGetCustomerSerialNumbersParamsType = z.infer<
  typeof StoreGetCustomerSerialNumbersParams
>
