import { z } from "@medusajs/framework/zod"
import { stringList, text } from "../../utils/zod-helpers"

export const AdminGetSerialStockDriftParams = z
  .object({
    inventory_item_id: stringList.optional(),
    stock_location_id: stringList.optional(),
    all: z.enum(["true", "false"]).optional(),
  })
  .strict()
  .transform((q) => ({
    inventory_item_id: q.inventory_item_id?.length
      ? q.inventory_item_id
      : undefined,
    stock_location_id: q.stock_location_id?.length
      ? q.stock_location_id
      : undefined,
    all: q.all === "true",
  }))
export type AdminGetSerialStockDriftParamsType = z.infer<
  typeof AdminGetSerialStockDriftParams
>

export const AdminReconcileSerialStock = z
  .object({
    inventory_item_id: text().min(1),
    stock_location_id: text().min(1).optional(),
    note: text().max(2000).optional(),
  })
  .strict()
export type AdminReconcileSerialStockType = z.infer<
  typeof AdminReconcileSerialStock
>
