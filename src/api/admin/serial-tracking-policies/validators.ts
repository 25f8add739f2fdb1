import { z } from "@medusajs/framework/zod"
import { metadata, text } from "../../utils/zod-helpers"

export const AdminSetSerialTrackingPolicy = z
  .object({
    mode: z.enum(["none", "outbound", "full"]).optional(),
    template_id: text().min(1).nullish(),
    warranty_months: z.number().int().min(0).max(1200).nullish(),
    allocation_strategy: z
      .enum(["fifo", "condition", "location", "manual"])
      .optional(),
    generator_pattern: text().min(1).max(128).nullish(),
    metadata,
  })
  .strict()
export type AdminSetSerialTrackingPolicyType = z.infer<
  typeof AdminSetSerialTrackingPolicy
>
